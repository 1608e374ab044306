package jp.shiori.catalog.internal.search;

import java.util.List;
import java.util.Map;
import jp.shiori.catalog.FacetCount;

/** One page of index hits with the facet counts of the whole result. */
public record IndexPage(long total, List<IndexHit> hits, Map<String, List<FacetCount>> facets) {}
