package jp.shiori.web.sru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchPlanTest {

    private static List<SearchRequest> requests(String cql) {
        return SearchPlan.of(CqlParser.parse(cql)).requests(1, 10);
    }

    private static SearchRequest request(String cql) {
        List<SearchRequest> requests = requests(cql);
        assertEquals(1, requests.size(), requests.toString());
        return requests.get(0);
    }

    private static int diagnosticOf(String cql) {
        return assertThrows(SruDiagnosticException.class, () -> SearchPlan.of(CqlParser.parse(cql)))
                .diagnostic()
                .number();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "銀河                   | keywords",
                "cql.serverChoice = 銀河 | keywords",
                "cql.anywhere = 銀河     | keywords",
                "any = 銀河              | keywords",
                "dc.title = 銀河         | title",
                "TITLE = 銀河            | title",
                "dc.creator = 銀河       | author",
                "author = 銀河           | author",
                "creator = 銀河          | author",
                "dc.publisher = 銀河     | publisher",
                "dc.subject = 銀河       | subject",
            })
    void eachIndexFillsItsField(String cql, String field) {
        SearchRequest r = request(cql);
        String value = switch (field) {
            case "keywords" -> r.keywords();
            case "title" -> r.title();
            case "author" -> r.author();
            case "publisher" -> r.publisher();
            case "subject" -> r.subject();
            default -> throw new IllegalArgumentException(field);
        };
        assertEquals("銀河", value);
    }

    @Test
    void isbnIndexesFillTheIsbnField() {
        assertEquals("4-10-109205-2", request("bath.isbn = 4-10-109205-2").isbn());
        assertEquals("9784101092058", request("isbn = 9784101092058").isbn());
    }

    @Test
    void anAndOfClausesIsOneRequestWithItsFieldsCombined() {
        SearchRequest r = request("dc.title = \"銀河 鉄道\" and author = 宮沢 and dc.title = 夜");
        assertEquals("銀河 鉄道 夜", r.title());
        assertEquals("宮沢", r.author());
        assertNull(r.keywords());
        assertEquals(1, r.page());
        assertEquals(10, r.size());
    }

    @Test
    void relationsEqualsExactAllAndAdjAllMeanContainsTheWords() {
        for (String relation : List.of("=", "==", "all", "adj", "cql.all", "ALL")) {
            assertEquals("銀河 鉄道", request("title " + relation + " \"銀河 鉄道\"").title(), relation);
        }
    }

    @Test
    void anyIsOneSearchPerWord() {
        List<SearchRequest> requests = requests("title any \"銀河 鉄道\"");
        assertEquals(
                List.of("銀河", "鉄道"), requests.stream().map(SearchRequest::title).toList());
    }

    @Test
    void orGivesOneRequestPerSideInOrder() {
        List<SearchRequest> requests = requests("title = 銀河 or author = 宮沢");
        assertEquals(2, requests.size());
        assertEquals("銀河", requests.get(0).title());
        assertEquals("宮沢", requests.get(1).author());
        assertNull(requests.get(1).title());
    }

    @Test
    void andDistributesOverOr() {
        // (a or b) and c, which is also how "a or b and c" reads in CQL
        List<SearchRequest> requests = requests("title = a or title = b and author = c");
        assertEquals(
                List.of("a", "b"), requests.stream().map(SearchRequest::title).toList());
        assertEquals(
                List.of("c", "c"), requests.stream().map(SearchRequest::author).toList());
    }

    @Test
    void theSameAlternativeTwiceIsSearchedOnce() {
        assertEquals(1, requests("a or a").size());
    }

    @Test
    void twoClausesForOneIsbnAreOneIsbn() {
        assertEquals(
                "9784101092058",
                request("isbn = 9784101092058 and bath.isbn = 9784101092058").isbn());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "dc.date = 1990                                      | 16",
                "cql.allRecords = 1                                  | 16",
                "title < 銀河                                         | 19",
                "title exact 銀河                                     | 19",
                "title within 銀河                                    | 19",
                "title = \"\"                                         | 27",
                "title = \"  \"                                       | 27",
                "isbn = 9784101092058 and isbn = 9784003101018       | 18",
                "isbn = 12345                                        | 36",
                "a or b or c or d or e or f or g or h or i or j or k | 38",
                "title any \"a b c d e f g h i j k\"                 | 38",
                "(a or b or c or d) and (e or f or g)                | 38",
            })
    void whatTheCatalogCannotSearchGetsItsDiagnostic(String cql, int diagnostic) {
        assertEquals(diagnostic, diagnosticOf(cql));
    }

    @Test
    void textLongerThanTheSearchScreensAllowIsTooManyCharacters() {
        String words = "あ".repeat(150);
        assertEquals(SruDiagnostic.TERM_TOO_LONG, diagnosticOf("title = " + words + " and title = " + words));
    }

    @Test
    void aControlCharacterInATermIsASyntaxError() {
        assertEquals(SruDiagnostic.QUERY_SYNTAX_ERROR, diagnosticOf("title = \"a\u0007b\""));
    }

    private static FakeCatalog numbered(int count, String word) {
        FakeCatalog catalog = new FakeCatalog();
        LongStream.rangeClosed(1, count)
                .forEach(id -> catalog.with(FakeCatalog.bare(id, word + " " + id, MaterialType.BOOK)));
        return catalog;
    }

    @Test
    void aWindowAcrossTwoCatalogPagesReadsBothAndNoMore() {
        FakeCatalog catalog = numbered(250, "本");
        SearchPlan.Hits hits = SearchPlan.of(CqlParser.parse("本")).run(catalog, 95, 10);

        assertEquals(250, hits.total());
        assertEquals(LongStream.rangeClosed(95, 104).boxed().toList(), hits.ids());
        assertEquals(
                List.of(1, 2),
                catalog.requests.stream().map(SearchRequest::page).toList());
        assertEquals(
                List.of(100, 100),
                catalog.requests.stream().map(SearchRequest::size).toList());
    }

    @Test
    void onlyTheNumberOfRecordsCostsOneSmallSearch() {
        FakeCatalog catalog = numbered(250, "本");
        SearchPlan.Hits hits = SearchPlan.of(CqlParser.parse("本")).run(catalog, 1, 0);

        assertEquals(250, hits.total());
        assertEquals(List.of(), hits.ids());
        assertEquals(1, catalog.requests.size());
        assertEquals(1, catalog.requests.get(0).size());
    }

    @Test
    void theLastPartialPageEndsTheWindow() {
        FakeCatalog catalog = numbered(12, "本");
        SearchPlan.Hits hits = SearchPlan.of(CqlParser.parse("本")).run(catalog, 11, 10);

        assertEquals(List.of(11L, 12L), hits.ids());
        assertEquals(1, catalog.requests.size());
    }

    @Test
    void orMergesHitsInOrderOfFirstAppearanceWithoutDuplicates() {
        FakeCatalog catalog = new FakeCatalog()
                .with(
                        FakeCatalog.bare(1, "赤い 鳥", MaterialType.BOOK),
                        FakeCatalog.bare(2, "青い 鳥", MaterialType.BOOK),
                        FakeCatalog.bare(3, "赤い 花", MaterialType.BOOK),
                        FakeCatalog.bare(4, "青い 空", MaterialType.BOOK));
        SearchPlan plan = SearchPlan.of(CqlParser.parse("title = 鳥 or title = 赤い"));

        assertEquals(new SearchPlan.Hits(3, List.of(1L, 2L, 3L)), plan.run(catalog, 1, 10));
        assertEquals(new SearchPlan.Hits(3, List.of(2L, 3L)), plan.run(catalog, 2, 5));
        assertEquals(new SearchPlan.Hits(3, List.of()), plan.run(catalog, 4, 5));
    }

    @Test
    void anOrSearchMergesAtMostTheFirstThousandHitsOfEachSide() {
        FakeCatalog catalog = numbered(1500, "本");
        SearchPlan.Hits hits =
                SearchPlan.of(CqlParser.parse("title = 本 or author = 本")).run(catalog, 991, 20);

        assertEquals(1000, hits.total(), "the author side finds nothing; the title side is cut at 1000");
        assertEquals(LongStream.rangeClosed(991, 1000).boxed().toList(), hits.ids());
        assertEquals(10 + 1, catalog.requests.size(), "ten pages of titles, one page of authors");
    }

    @Test
    void aSingleSearchIsNotCutAtAThousand() {
        FakeCatalog catalog = numbered(1500, "本");
        SearchPlan.Hits hits = SearchPlan.of(CqlParser.parse("title = 本")).run(catalog, 1401, 100);

        assertEquals(1500, hits.total());
        assertEquals(LongStream.rangeClosed(1401, 1500).boxed().toList(), hits.ids());
    }
}
