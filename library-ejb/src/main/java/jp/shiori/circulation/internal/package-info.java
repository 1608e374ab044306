/**
 * Circulation's entities and services: loans (kept as history), the loan policy table, the desk's check-out
 * and check-in, renewals, and the no-holds {@link jp.shiori.circulation.HoldQueue} until the holds context
 * brings its own.
 */
package jp.shiori.circulation.internal;
