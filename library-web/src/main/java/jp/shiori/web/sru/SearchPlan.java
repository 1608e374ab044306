package jp.shiori.web.sru;

import static jp.shiori.web.sru.SruDiagnostic.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.shiori.catalog.CatalogSearch;
import jp.shiori.catalog.Isbn;
import jp.shiori.catalog.SearchRequest;
import jp.shiori.catalog.SearchResult;
import jp.shiori.catalog.SearchSort;
import jp.shiori.catalog.TitleSummary;

/**
 * A CQL query as catalog searches. The query is brought to a disjunction of conjunctions: each
 * conjunction ({@code title=銀河 and author=宮沢}) is one {@link SearchRequest} with its fields filled in
 * (two clauses on one index put their words side by side, and the engine wants every word); {@code or}
 * and the {@code any} relation give several requests, whose hits are merged in order of first appearance.
 *
 * <p>Relations {@code =}, {@code ==}, {@code all} and {@code adj} all mean "contains these words": the
 * engine matches words, not phrases or whole fields. Limits, so that one SRU request stays a bounded amount
 * of work: at most {@value #MAX_ALTERNATIVES} requests per query, and when there are several, at most the
 * first {@value #MAX_HITS_PER_ALTERNATIVE} hits of each (pages of {@value #PAGE_SIZE}) are merged, so the
 * number of records of a broad {@code or} search may fall short.
 */
final class SearchPlan {

    static final int MAX_ALTERNATIVES = 10;
    static final int MAX_HITS_PER_ALTERNATIVE = 1000;
    static final int PAGE_SIZE = SearchRequest.MAX_SIZE;

    /** The number of records found, and the ids of those at the requested positions. */
    record Hits(long total, List<Long> ids) {

        Hits {
            ids = List.copyOf(ids);
        }
    }

    /** One conjunction: for each index, the words a title must contain there. */
    record FieldWords(Map<SruIndex, List<String>> words) {

        FieldWords {
            Map<SruIndex, List<String>> copy = new EnumMap<>(SruIndex.class);
            words.forEach((index, list) -> copy.put(index, List.copyOf(list)));
            words = Collections.unmodifiableMap(copy);
        }

        static FieldWords of(SruIndex index, String words) {
            return new FieldWords(Map.of(index, List.of(words)));
        }

        FieldWords and(FieldWords other) {
            Map<SruIndex, List<String>> both = new EnumMap<>(SruIndex.class);
            words.forEach((index, list) -> both.put(index, new ArrayList<>(list)));
            other.words.forEach((index, list) ->
                    both.computeIfAbsent(index, i -> new ArrayList<>()).addAll(list));
            return new FieldWords(both);
        }

        SearchRequest request(int page, int size) {
            return new SearchRequest(
                    text(SruIndex.KEYWORDS),
                    text(SruIndex.TITLE),
                    text(SruIndex.CREATOR),
                    text(SruIndex.PUBLISHER),
                    text(SruIndex.SUBJECT),
                    isbn(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null,
                    null,
                    SearchSort.RELEVANCE,
                    page,
                    size);
        }

        private String text(SruIndex index) {
            List<String> list = words.get(index);
            return list == null ? null : String.join(" ", list);
        }

        /** One ISBN: a title has few, so "this ISBN and that one" is refused rather than found empty. */
        private String isbn() {
            List<String> isbns = words.get(SruIndex.ISBN);
            if (isbns == null) {
                return null;
            }
            Set<String> distinct = new LinkedHashSet<>();
            isbns.forEach(i -> distinct.add(Isbn.parse(i).map(Isbn::isbn13).orElse(i.strip())));
            if (distinct.size() > 1) {
                throw new SruDiagnosticException(
                        UNSUPPORTED_INDEX_COMBINATION,
                        "bath.isbn bath.isbn",
                        "Only one ISBN can be searched in a conjunction; use or for several");
            }
            return isbns.get(0);
        }
    }

    private final List<FieldWords> alternatives;

    private SearchPlan(List<FieldWords> alternatives) {
        this.alternatives = List.copyOf(alternatives);
    }

    /** @throws SruDiagnosticException for an unknown index or relation, or a search the catalog refuses */
    static SearchPlan of(CqlQuery query) {
        SearchPlan plan = new SearchPlan(List.copyOf(disjunction(query)));
        for (FieldWords alternative : plan.alternatives) {
            SearchRequest request = alternative.request(1, 1);
            if (!request.problems().isEmpty()) {
                throw new SruDiagnosticException(SruDiagnostic.of(request.problems(), request.isbn()));
            }
        }
        return plan;
    }

    /** The requests this plan runs, each on the given page. */
    List<SearchRequest> requests(int page, int size) {
        return alternatives.stream().map(a -> a.request(page, size)).toList();
    }

    private static Set<FieldWords> disjunction(CqlQuery query) {
        Set<FieldWords> result =
                query instanceof CqlQuery.Clause clause ? clause(clause) : combination((CqlQuery.Combination) query);
        if (result.size() > MAX_ALTERNATIVES) {
            throw new SruDiagnosticException(
                    TOO_MANY_BOOLEANS,
                    String.valueOf(MAX_ALTERNATIVES),
                    "The query expands to more than " + MAX_ALTERNATIVES + " searches (or, any)");
        }
        return result;
    }

    private static Set<FieldWords> combination(CqlQuery.Combination combination) {
        Set<FieldWords> left = disjunction(combination.left());
        Set<FieldWords> right = disjunction(combination.right());
        Set<FieldWords> result = new LinkedHashSet<>();
        if (combination.bool() == CqlQuery.Bool.OR) {
            result.addAll(left);
            result.addAll(right);
            return result;
        }
        // (a or b) and c = (a and c) or (b and c)
        for (FieldWords l : left) {
            for (FieldWords r : right) {
                result.add(l.and(r));
            }
        }
        return result;
    }

    private static Set<FieldWords> clause(CqlQuery.Clause clause) {
        SruIndex index = SruIndex.named(clause.index())
                .orElseThrow(() -> new SruDiagnosticException(
                        UNSUPPORTED_INDEX,
                        clause.index(),
                        "Unsupported index; the explain record lists the supported ones"));
        String term = clause.term().strip();
        if (term.isEmpty()) {
            throw new SruDiagnosticException(EMPTY_TERM, null, "Empty terms are not supported");
        }
        String relation = clause.relation().toLowerCase(Locale.ROOT);
        return switch (relation.startsWith("cql.") ? relation.substring("cql.".length()) : relation) {
            case "=", "==", "all", "adj" -> Set.of(FieldWords.of(index, term));
            // any: one search per word
            case "any" -> {
                Set<FieldWords> eachWord = new LinkedHashSet<>();
                for (String word : term.split("[\\s\\u3000]+")) {
                    eachWord.add(FieldWords.of(index, word));
                }
                yield eachWord;
            }
            default ->
                throw new SruDiagnosticException(
                        UNSUPPORTED_RELATION, clause.relation(), "Supported relations: =, ==, all, any, adj");
        };
    }

    /**
     * Runs the plan for the records at positions {@code start} to {@code start + count - 1} (1-based).
     *
     * @throws jp.shiori.catalog.InvalidSearchException when the catalog refuses a request after all
     */
    Hits run(CatalogSearch catalog, int start, int count) {
        if (alternatives.size() == 1) {
            return window(catalog, alternatives.get(0), start, count);
        }
        Set<Long> merged = new LinkedHashSet<>();
        for (FieldWords alternative : alternatives) {
            for (int page = 1; page * PAGE_SIZE <= MAX_HITS_PER_ALTERNATIVE; page++) {
                SearchResult result = catalog.search(alternative.request(page, PAGE_SIZE));
                result.hits().forEach(hit -> merged.add(hit.id()));
                if (result.hits().size() < PAGE_SIZE || (long) page * PAGE_SIZE >= result.total()) {
                    break;
                }
            }
        }
        List<Long> all = List.copyOf(merged);
        int from = Math.min(start - 1, all.size());
        int to = (int) Math.min((long) from + count, all.size());
        return new Hits(all.size(), all.subList(from, to));
    }

    /** One request: only the pages that hold the wanted positions are read (one or two). */
    private static Hits window(CatalogSearch catalog, FieldWords alternative, int start, int count) {
        long last = (long) start + count - 1;
        int firstPage = (start - 1) / PAGE_SIZE + 1;
        if (count == 0 || firstPage > SearchRequest.MAX_PAGE) {
            // Only the number is wanted, or the positions lie beyond what the catalog pages through.
            return new Hits(catalog.search(alternative.request(1, 1)).total(), List.of());
        }
        List<Long> ids = new ArrayList<>();
        long total;
        int page = firstPage;
        while (true) {
            SearchResult result = catalog.search(alternative.request(page, PAGE_SIZE));
            total = result.total();
            List<TitleSummary> hits = result.hits();
            for (int i = 0; i < hits.size(); i++) {
                long position = (long) (page - 1) * PAGE_SIZE + i + 1;
                if (position >= start && position <= last) {
                    ids.add(hits.get(i).id());
                }
            }
            if ((long) page * PAGE_SIZE >= last || hits.size() < PAGE_SIZE || page == SearchRequest.MAX_PAGE) {
                break;
            }
            page++;
        }
        return new Hits(total, ids);
    }
}
