/**
 * The catalog: title records (書誌) and their items (資料), how they are searched and how records come in
 * (MARC import, demo loader). Availability is always read from the database at request time; the
 * search index only finds titles. Circulation and holds reach items and titles through
 * {@link jp.shiori.catalog.CatalogItems}; item barcodes are read one way ({@link jp.shiori.catalog.ItemBarcode}).
 */
package jp.shiori.catalog;
