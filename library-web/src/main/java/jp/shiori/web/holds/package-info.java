/**
 * 予約 on the web: the hold basket (予約かご) of visitors and patrons with its buttons on result lists and title
 * pages, the placement form, My page's holds, the hold locator, and the staff's hold shelf.
 */
package jp.shiori.web.holds;
