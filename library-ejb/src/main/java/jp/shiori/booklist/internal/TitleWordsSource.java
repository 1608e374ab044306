package jp.shiori.booklist.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.shiori.catalog.CatalogSearch;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.TitleDetail;

/** The catalog's words for a title as an entry keeps them: asked through the catalog's own interface. */
@Stateless
public class TitleWordsSource {

    @EJB
    private CatalogSearch catalog;

    public Optional<BookListEntry.TitleWords> words(long titleId) {
        return catalog.title(titleId).map(TitleWordsSource::words);
    }

    static BookListEntry.TitleWords words(TitleDetail t) {
        String authors = t.contributors().stream().map(Contributor::name).collect(Collectors.joining(", "));
        return new BookListEntry.TitleWords(
                t.id(),
                cut(t.title()),
                cut(t.titleReading()),
                authors.isEmpty() ? null : cut(authors),
                t.isbns().isEmpty() ? null : t.isbns().get(0));
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
