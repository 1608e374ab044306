/** Owns {@code notice_ledger}: what the library told whom, once per loan and due date or card renewal date. */
package jp.shiori.reminders.internal;
