/**
 * The library's branches on the web: 図書館案内 (addresses, phones, opening hours) for patrons and the branch
 * directory's REST resource. It owns no choice of its own: pickup points are chosen in {@code web.holds}.
 */
package jp.shiori.web.branch;
