/** Operators' REST and screen for the mail outbox: pending, sent and dead mail, resend, a test mail. Staff-only. */
package jp.shiori.web.notify;
