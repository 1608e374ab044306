/**
 * ブックリスト管理 on the screens (/my/booklist/…), the OPAC's 〔読了〕〔読みたい本〕〔ブックリストに登録〕, the CSV export
 * and /api/v1/me/booklist. Only the logged-in patron sees their own list; never on an OPAC terminal, never staff.
 */
package jp.shiori.web.booklist;
