/**
 * The catalog benchmark: a generator of a realistic Japanese catalog written straight into PostgreSQL
 * ({@link jp.shiori.bench.CatalogGenerator}), a load driver for the REST catalog search
 * ({@link jp.shiori.bench.SearchLoad}) and a timer for the full reindex ({@link jp.shiori.bench.ReindexTimer}).
 */
package jp.shiori.bench;
