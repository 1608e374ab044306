package jp.shiori.web.sru;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import jp.shiori.catalog.CatalogSearch;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.Holding;
import jp.shiori.catalog.InvalidSearchException;
import jp.shiori.catalog.Isbn;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.SearchRequest;
import jp.shiori.catalog.SearchResult;
import jp.shiori.catalog.TitleDetail;
import jp.shiori.catalog.TitleSummary;
import jp.shiori.common.LocalizedText;

/**
 * A catalog in memory that searches as the real one does in the ways SRU relies on: every word of a field
 * must occur in it, results come in insertion order, pages are cut from them, and a request that breaks a
 * rule is refused with {@link InvalidSearchException}. It records the requests it was given.
 */
final class FakeCatalog implements CatalogSearch {

    final List<TitleDetail> titles = new ArrayList<>();
    final List<SearchRequest> requests = new ArrayList<>();
    /** Titles that searches still find but that can no longer be read, as after a withdrawal. */
    final Set<Long> withdrawn = new HashSet<>();
    /** When set, every search fails with it, as when the database is down. */
    RuntimeException failure;

    FakeCatalog with(TitleDetail... more) {
        titles.addAll(List.of(more));
        return this;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        requests.add(request);
        if (failure != null) {
            throw failure;
        }
        if (!request.problems().isEmpty()) {
            throw new InvalidSearchException(request.problems());
        }
        List<TitleDetail> found =
                titles.stream().filter(t -> matches(t, request)).toList();
        int from = Math.min((request.page() - 1) * request.size(), found.size());
        int to = Math.min(from + request.size(), found.size());
        List<TitleSummary> hits =
                found.subList(from, to).stream().map(FakeCatalog::summary).toList();
        return new SearchResult(found.size(), request.page(), request.size(), hits, Map.of());
    }

    @Override
    public jp.shiori.catalog.NewArrivals newArrivals(
            SearchRequest request, java.time.Instant from, java.time.Instant to, Set<Long> excluded) {
        return new jp.shiori.catalog.NewArrivals(0, List.of());
    }

    @Override
    public Optional<TitleDetail> title(long id) {
        return withdrawn.contains(id)
                ? Optional.empty()
                : titles.stream().filter(t -> t.id() == id).findFirst();
    }

    private static boolean matches(TitleDetail t, SearchRequest r) {
        String title = join(Stream.of(t.title(), t.titleReading()));
        String authors = join(t.contributors().stream().flatMap(c -> Stream.of(c.name(), c.reading())));
        String subjects = join(t.subjects().stream());
        String everything = join(Stream.of(
                title, authors, subjects, t.publisher(), t.seriesTitle(), t.summary(), String.join(" ", t.isbns())));
        return containsWords(everything, r.keywords())
                && containsWords(title, r.title())
                && containsWords(authors, r.author())
                && containsWords(t.publisher(), r.publisher())
                && containsWords(subjects, r.subject())
                && (r.isbn() == null
                        || t.isbns().contains(Isbn.parse(r.isbn()).orElseThrow().isbn13()));
    }

    private static boolean containsWords(String text, String words) {
        if (words == null) {
            return true;
        }
        String haystack = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return Stream.of(words.toLowerCase(Locale.ROOT).strip().split("\\s+")).allMatch(haystack::contains);
    }

    private static String join(Stream<String> texts) {
        return String.join(" ", texts.filter(s -> s != null).toList());
    }

    private static TitleSummary summary(TitleDetail t) {
        return new TitleSummary(
                t.id(),
                t.title(),
                t.titleReading(),
                t.contributors().stream().map(Contributor::name).toList(),
                t.publisher(),
                t.publicationYear(),
                t.materialType(),
                t.ndc(),
                t.holdings().size(),
                t.holdings().size(),
                t.holdable());
    }

    /** 銀河鉄道の夜: two authors, a reading, series and volume, subjects, two copies. */
    static TitleDetail gingaTetsudo() {
        return new TitleDetail(
                101,
                "銀河鉄道の夜",
                "ギンガ テツドウ ノ ヨル",
                List.of(new Contributor("宮沢賢治", "ミヤザワ, ケンジ", "著"), new Contributor("ますむらひろし", null, "絵")),
                "新潮社",
                1989,
                List.of("9784101092058"),
                "913.6",
                MaterialType.BOOK,
                "jpn",
                "新潮文庫",
                "み-2-2",
                "ジョバンニとカムパネルラの銀河の旅。",
                List.of("童話", "宮沢賢治"),
                List.of(
                        new Holding(
                                "0001",
                                "central",
                                LocalizedText.of("中央図書館", "Central Library"),
                                "児童書",
                                "913.6/ミ",
                                true,
                                ItemStatus.AVAILABLE,
                                null),
                        new Holding(
                                "0002",
                                "onbetsu",
                                LocalizedText.of("音別図書館", null),
                                null,
                                null,
                                false,
                                ItemStatus.AVAILABLE,
                                null)),
                true);
    }

    /** A title with nothing but an id, a title and a type. */
    static TitleDetail bare(long id, String title, MaterialType type) {
        return new TitleDetail(
                id, title, null, List.of(), null, null, List.of(), null, type, null, null, null, null, List.of(),
                List.of(), false);
    }
}
