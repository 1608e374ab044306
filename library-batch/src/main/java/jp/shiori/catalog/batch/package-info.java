/**
 * Batch jobs of the catalog: rebuilding the search index from the database (catalog-reindex) and
 * importing MARC files (marc-import). Artifacts are @Named and talk to library-api only.
 */
package jp.shiori.catalog.batch;
