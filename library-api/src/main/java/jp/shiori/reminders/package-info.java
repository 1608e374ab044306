/**
 * Reminders (お知らせ): due-date reminders, overdue notices and card renewal reminders, and the rules of when each
 * is due. Asks circulation for loans and the patron context for cards; writes mail through notify's outbox.
 */
package jp.shiori.reminders;
