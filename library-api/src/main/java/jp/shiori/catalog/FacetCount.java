package jp.shiori.catalog;

import java.io.Serializable;

/** One value of a facet with the number of matching titles. */
public record FacetCount(String value, long count) implements Serializable {}
