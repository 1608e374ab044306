/**
 * The catalog: title records (書誌) and their items (資料), how they are searched and how records come in
 * (MARC import, demo loader). Availability is always read from the database at request time; the
 * search index only finds titles.
 */
package jp.shiori.catalog;
