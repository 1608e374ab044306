package jp.shiori.catalog.internal.search;

/** Names of the index fields; one place, so indexing and querying cannot drift apart. */
final class CatalogFields {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TITLE_BIGRAM = "title_bigram";
    static final String TITLE_READING = "title_reading";
    static final String AUTHOR = "author";
    static final String AUTHOR_BIGRAM = "author_bigram";
    static final String AUTHOR_READING = "author_reading";
    /** Folded Hepburn words of the readings ({@link Romaji}). */
    static final String TITLE_ROMAJI = "title_romaji";

    static final String AUTHOR_ROMAJI = "author_romaji";
    static final String TITLE_ROMAJI_EXACT = "title_romaji_exact";
    static final String PUBLISHER = "publisher";
    static final String PUBLISHER_BIGRAM = "publisher_bigram";
    static final String SUBJECT = "subject";
    static final String SUBJECT_BIGRAM = "subject_bigram";
    static final String SERIES = "series";
    /** Whole-value keys ({@link TitleDocuments#key}) for the exact-match rules of docs/SEARCH.md. */
    static final String TITLE_EXACT = "title_exact";

    static final String TITLE_READING_EXACT = "title_reading_exact";
    static final String AUTHOR_EXACT = "author_exact";
    static final String AUTHOR_READING_EXACT = "author_reading_exact";
    /** Copies held (not withdrawn): the tie-break after the score. */
    static final String POPULARITY = "popularity";
    /** The title id as a doc value: the last tie-break, so equal titles never come in insertion order. */
    static final String ID_SORT = "id_sort";

    static final String SUMMARY = "summary";
    static final String ISBN = "isbn";
    static final String NDC_PREFIX = "ndc_prefix";
    static final String YEAR = "year";
    static final String SORT_READING = "sort_reading";
    /** Epoch milliseconds of the first copy (point for the new-arrival window, doc value for sorting). */
    static final String FIRST_COPY_AT = "first_copy_at";

    /** Filter fields (exact values) and the facet dimensions with the same names. */
    static final String MATERIAL_TYPE = "materialType";

    static final String BRANCH = "branch";
    static final String AVAILABILITY = "availability";
    static final String NDC_CLASS = "ndcClass";
    static final String LANGUAGE = "language";
    static final String YEAR_FACET = "year";

    /** Stored for the result list, so a page of hits needs one database query (copy counts) only. */
    static final String STORED_TITLE = "s_title";

    static final String STORED_READING = "s_reading";
    static final String STORED_AUTHORS = "s_authors";
    static final String STORED_PUBLISHER = "s_publisher";
    static final String STORED_YEAR = "s_year";
    static final String STORED_TYPE = "s_type";
    static final String STORED_NDC = "s_ndc";
    static final String STORED_FIRST_COPY_AT = "s_first_copy_at";

    static final String AVAILABLE = "available";
    static final String UNAVAILABLE = "unavailable";

    private CatalogFields() {}
}
