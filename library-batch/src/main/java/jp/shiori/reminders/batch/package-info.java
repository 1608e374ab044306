/**
 * The reminder jobs' artifacts (due-date reminders and overdue notices, card renewal reminders): they page
 * through patrons and leave each notice to the notify context's ledger. Owns no table.
 */
package jp.shiori.reminders.batch;
