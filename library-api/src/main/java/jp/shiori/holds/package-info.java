/**
 * 予約: the hold basket, placing holds (normal, ordered, any-N) with a pickup point, the title-level queue,
 * trapping returned or pulled copies, transit, the hold shelf and its room, expiry and cancellation.
 */
package jp.shiori.holds;
