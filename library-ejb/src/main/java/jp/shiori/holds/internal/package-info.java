/**
 * Holds in the database: the queue per title, trapping, transit, the hold shelf and expiry, and the patron's
 * hold basket (予約かご).
 */
package jp.shiori.holds.internal;
