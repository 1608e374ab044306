/**
 * 予約 on the web: the hold basket (予約かご) of visitors (in the session) and patrons (in the database), its
 * buttons on result lists and title pages, the basket page, and the patron's basket through REST.
 */
package jp.shiori.web.holds;
