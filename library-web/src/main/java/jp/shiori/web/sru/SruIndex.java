package jp.shiori.web.sru;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CQL indexes the catalog answers, each the field of {@link jp.shiori.catalog.SearchRequest} it
 * searches. Names are matched without regard to case, as CQL says; unprefixed names are aliases in no
 * context set. The explain record lists these same names.
 */
enum SruIndex {
    KEYWORDS(
            "Keywords: title, author, reading, subject, series, publisher, summary, ISBN",
            "cql.serverChoice",
            "cql.anywhere",
            "any"),
    TITLE("Title and its reading", "dc.title", "title"),
    CREATOR("Author, translator, illustrator ... and their readings", "dc.creator", "creator", "author"),
    PUBLISHER("Publisher", "dc.publisher", "publisher"),
    SUBJECT("Subject", "dc.subject", "subject"),
    ISBN("ISBN-10 or ISBN-13, hyphens optional", "bath.isbn", "isbn");

    /** Context sets whose names appear above, as the explain record declares them. */
    static final List<ContextSet> CONTEXT_SETS = List.of(
            new ContextSet("cql", "info:srw/cql-context-set/1/cql-v1.2"),
            new ContextSet("dc", "info:srw/cql-context-set/1/dc-v1.1"),
            new ContextSet("bath", "http://zing.z3950.org/cql/bath/2.0/"));

    record ContextSet(String name, String identifier) {}

    private final String title;
    private final List<String> names;

    SruIndex(String title, String... names) {
        this.title = title;
        this.names = List.of(names);
    }

    String title() {
        return title;
    }

    /** The names a query may use, the context-set qualified one first. */
    List<String> names() {
        return names;
    }

    static Optional<SruIndex> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (SruIndex index : values()) {
            if (index.names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(wanted))) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }
}
