package jp.shiori.catalog;

/** One value of a facet with the number of matching titles. */
public record FacetCount(String value, long count) {
}
