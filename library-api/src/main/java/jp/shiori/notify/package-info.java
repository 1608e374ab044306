/**
 * 通知: every mail the library sends (address verification, password reset, later hold and reminder mail).
 * A mail is a row of the outbox written in the business transaction and delivered afterwards, with
 * retries, a dead-letter state and a staff view with resend.
 */
package jp.shiori.notify;
