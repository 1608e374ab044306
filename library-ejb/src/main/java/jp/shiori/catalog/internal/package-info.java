/**
 * Catalog entities (Title, Item), the services that store and read them, and the import of records.
 * The Lucene index lives in {@code search}; it is rebuilt from these tables, never the other way round.
 */
package jp.shiori.catalog.internal;
