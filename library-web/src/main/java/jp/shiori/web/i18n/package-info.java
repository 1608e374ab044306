/**
 * The screens' languages: Japanese by default, English by the switch or {@code ?lang=en}, kept for the session;
 * the resource bundles and the one way code reads them ({@link jp.shiori.web.i18n.Messages}).
 */
package jp.shiori.web.i18n;
