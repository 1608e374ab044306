/**
 * SRU 1.2 (Search/Retrieve via URL) at {@code /sru}: the catalog for library clients such as yaz-client,
 * union catalogues and reference managers. It owns the CQL subset we accept, its translation to
 * {@link jp.shiori.catalog.SearchRequest}s, and the MARCXML and Dublin Core records it answers with.
 */
package jp.shiori.web.sru;
