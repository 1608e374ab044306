/**
 * 新着案内配信サービス, new-arrival alerts: a patron's saved conditions with a mail title of their own, the daily
 * mailing of the titles that newly arrived and match (once per alert and title), the signed unsubscribe link and
 * the Atom feeds. Matching is the catalog's own search engine ({@link jp.shiori.catalog.CatalogSearch}).
 */
package jp.shiori.alerts;
