/**
 * 新着案内配信サービス on the web: the patron's list ① and form ② with the preview under My page, the signed
 * unsubscribe page, the one-click unsubscribe endpoint and the Atom feeds.
 */
package jp.shiori.web.alerts;
