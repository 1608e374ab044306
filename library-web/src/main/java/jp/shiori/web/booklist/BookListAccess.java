package jp.shiori.web.booklist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shiori.booklist.BookList;
import jp.shiori.booklist.BookListProfile;
import jp.shiori.booklist.EntryStatus;
import jp.shiori.web.patron.OpacTerminal;
import jp.shiori.web.patron.PatronIdentityStore;

/**
 * Whether this request may see a book list, and whose: a patron logged in with card and password (staff have
 * none), not at an OPAC terminal (図書館内の資料検索機（OPAC）では、上記の機能は使用できません).
 */
@Named
@RequestScoped
public class BookListAccess {

    @Inject
    HttpServletRequest request;

    @Inject
    OpacTerminal terminal;

    @Inject
    BookList bookList;

    private Optional<BookListProfile> profile;
    private final Map<Long, Optional<EntryStatus>> statuses = new HashMap<>();

    /** The logged-in patron, or null (a visitor or a staff member). */
    public Long patronId() {
        Principal caller = request.getUserPrincipal();
        return caller == null ? null : PatronIdentityStore.patronId(caller.getName());
    }

    public boolean isTerminal() {
        return terminal.isTerminal();
    }

    /** A patron, not at a terminal: the book list may be shown (or started). */
    public boolean isOffered() {
        return patronId() != null && !isTerminal();
    }

    public BookListProfile getProfile() {
        if (profile == null) {
            profile = isOffered() ? bookList.profile(patronId()) : Optional.empty();
        }
        return profile.orElse(null);
    }

    /** A nickname and the current terms: everything of the book list works. */
    public boolean isStarted() {
        return getProfile() != null && getProfile().termsCurrent();
    }

    /** What the patron's list says of the title (null: not in it). For result rows and the title page. */
    public EntryStatus status(long titleId) {
        if (!isStarted()) {
            return null;
        }
        return statuses.computeIfAbsent(
                        titleId,
                        id -> Optional.ofNullable(
                                bookList.statusesOf(patronId(), List.of(id)).get(id)))
                .orElse(null);
    }

    public boolean inList(long titleId) {
        return status(titleId) != null;
    }
}
