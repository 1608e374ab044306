/**
 * The library's branches and their pickup points: the six libraries and the bookmobile, the stations a
 * hold may be collected at (counter, hold-shelf room, bookmobile stops), and each branch's closed days.
 * Circulation, holds and the catalog ask {@link jp.shiori.branch.Branches} for branches, stations and the one
 * closed-day calendar ({@link jp.shiori.branch.ClosedDays}) that due dates and pickup deadlines are counted on.
 */
package jp.shiori.branch;
