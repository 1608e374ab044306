/**
 * 予約 (holds): the hold basket (予約かご) a patron fills from search results and title pages, the holds placed
 * from it, their queue per title and the items set aside (確保) for them. Implements circulation's
 * {@link jp.shiori.circulation.HoldQueue}.
 */
package jp.shiori.holds;
