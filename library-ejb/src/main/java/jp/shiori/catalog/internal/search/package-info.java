/**
 * The catalog's full-text index (Apache Lucene, on local disk): Japanese analysis (kuromoji words, CJK
 * bigrams, katakana readings), facets, and the queries built from a SearchRequest. It follows the
 * database after each commit and can be rebuilt from it at any time.
 */
package jp.shiori.catalog.internal.search;
