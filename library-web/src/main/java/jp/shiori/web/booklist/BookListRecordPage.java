package jp.shiori.web.booklist;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.shiori.booklist.BookList;
import jp.shiori.booklist.EntryStatus;
import jp.shiori.booklist.EntryView;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/** 読書記録: the whole list, oldest first as in a reading passbook, for printing. */
@Named
@RequestScoped
public class BookListRecordPage {

    @Inject
    BookListAccess access;

    @Inject
    BookList bookList;

    @Inject
    LanguageSelection language;

    private List<EntryView> entries = List.of();

    @PostConstruct
    void load() {
        if (access.isStarted()) {
            List<EntryView> oldestFirst = new ArrayList<>(bookList.all(access.patronId()));
            Collections.reverse(oldestFirst);
            entries = oldestFirst;
        }
    }

    public List<EntryView> getEntries() {
        return entries;
    }

    public String date(Instant instant) {
        return BookListDates.format(instant, language.getLocale());
    }

    public String statusText(EntryStatus status) {
        return Messages.get(language.getLocale(), "booklist.status." + status.name());
    }

    public String stars(int rating) {
        return "★".repeat(rating);
    }
}
