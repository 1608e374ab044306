/**
 * The mail outbox: the {@code mail_outbox} table, the templates mail is rendered from (resource bundles
 * {@code jp/shiori/notify/mail_ja|en.properties}) and the timer that delivers due mail through Jakarta Mail.
 */
package jp.shiori.notify.internal;
