/** Holds in the database: the queue per title, trapping, transit, the hold shelf and expiry. */
package jp.shiori.holds.internal;
