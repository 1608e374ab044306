/** 予約 on the web: the placement form, My page's holds, the hold locator, and the staff's hold shelf. */
package jp.shiori.web.holds;
