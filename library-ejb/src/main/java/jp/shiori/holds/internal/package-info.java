/**
 * Holds in the database: the hold table and the patron's hold basket (予約かご). Placement (HoldPlacements), the
 * hold-shelf desk (HoldShelfDesk), trapping and passing on (HoldTrapping), circulation's port (DefaultHoldQueue),
 * hold mail (HoldMails) and views (HoldViews); DefaultHolds is the Holds interface over them.
 */
package jp.shiori.holds.internal;
