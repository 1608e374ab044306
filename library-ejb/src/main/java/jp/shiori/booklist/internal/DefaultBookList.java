package jp.shiori.booklist.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shiori.booklist.BookList;
import jp.shiori.booklist.BookListProfile;
import jp.shiori.booklist.BookListRefusal;
import jp.shiori.booklist.BookListRefusedException;
import jp.shiori.booklist.BookListRules;
import jp.shiori.booklist.BookListStart;
import jp.shiori.booklist.CategoryView;
import jp.shiori.booklist.EntryChange;
import jp.shiori.booklist.EntryPage;
import jp.shiori.booklist.EntryQuery;
import jp.shiori.booklist.EntrySort;
import jp.shiori.booklist.EntryStatus;
import jp.shiori.booklist.EntryView;
import jp.shiori.circulation.Circulation;
import jp.shiori.circulation.LoanView;
import jp.shiori.common.LibraryClock;

/**
 * The book list as transaction scripts, always within one patron: every query names the patron, so another
 * patron's entry or category is "not found". Changes that count (categories, marks) lock the patron's book list
 * row first; unique keys stand behind "one nickname", "one entry per loan" and "a title once without a loan".
 */
@ValidateOnExecution
@Stateless
@Local(BookList.class)
public class DefaultBookList implements BookList {

    /** EclipseLink's hint for entities read to be shown: no copies kept to detect changes. */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LibraryClock clock;

    @EJB
    private TitleWordsSource titles;

    @EJB
    private Circulation circulation;

    @EJB
    private LoanHistory history;

    @Override
    public Optional<BookListProfile> profile(long patronId) {
        return Optional.ofNullable(em.find(BookListOwner.class, patronId)).map(BookListOwner::view);
    }

    @Override
    public boolean nicknameAvailable(long patronId, String typed) {
        String nickname = validNickname(typed);
        return em.createNamedQuery(BookListOwner.BY_NICKNAME_KEY, Long.class)
                .setParameter("key", BookListRules.nicknameKey(nickname))
                .getResultStream()
                .allMatch(owner -> owner == patronId);
    }

    @Override
    public BookListProfile start(long patronId, BookListStart start) {
        String nickname = validNickname(start.nickname());
        Integer version = start.termsVersion();
        if (!start.acceptTerms() || version == null || version != BookListRules.TERMS_VERSION) {
            throw refused(
                    BookListRefusal.TERMS_NOT_ACCEPTED,
                    "The reading-service terms (version " + BookListRules.TERMS_VERSION
                            + ") must be read and accepted.");
        }
        if (!nicknameAvailable(patronId, nickname)) {
            throw refused(BookListRefusal.NICKNAME_TAKEN, "The nickname is taken; choose another one.");
        }
        BookListOwner owner = em.find(BookListOwner.class, patronId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        if (owner == null) {
            owner = new BookListOwner(patronId, nickname, BookListRules.TERMS_VERSION, now);
            em.persist(owner);
        } else {
            owner.rename(nickname);
            owner.acceptTerms(BookListRules.TERMS_VERSION, now);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the unique key: another patron took the same nickname in the same instant
            throw refused(BookListRefusal.NICKNAME_TAKEN, "The nickname is taken; choose another one.");
        }
        return owner.view();
    }

    @Override
    public BookListProfile autoRegister(long patronId, boolean on) {
        BookListOwner owner = lockedOwner(patronId);
        boolean wasOn = owner.autoRegister();
        owner.autoRegister(on, clock.now());
        if (on && !wasOn) {
            takeOpenLoans(owner);
        }
        return owner.view();
    }

    /** The loans the patron has now join the list; those returned before are not there to take. */
    private void takeOpenLoans(BookListOwner owner) {
        Instant now = clock.now();
        for (LoanView loan : circulation.loansOf(owner.patronId())) {
            if (em.createNamedQuery(BookListEntry.OF_LOAN, BookListEntry.class)
                    .setParameter("loan", loan.id())
                    .getResultList()
                    .isEmpty()) {
                Instant borrowed = loan.checkedOutAt();
                history.record(owner.patronId(), loan.id(), loan.titleId(), borrowed, now);
            }
        }
    }

    @Override
    public EntryPage entries(long patronId, EntryQuery query) {
        startedOwner(patronId);
        StringBuilder where = new StringBuilder(" where e.patronId = :patron");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("patron", patronId);
        if (query.status() != null) {
            where.append(" and e.status = :status");
            parameters.put("status", query.status());
        }
        if (query.categoryId() != null && query.categoryId() == 0) {
            where.append(" and e.category is null");
        } else if (query.categoryId() != null) {
            where.append(" and e.category.id = :category");
            parameters.put("category", query.categoryId());
        }
        if (query.year() != null) {
            where.append(" and e.entryAt >= :from and e.entryAt < :to");
            parameters.put("from", startOfYear(query.year()));
            parameters.put("to", startOfYear(query.year() + 1));
        }
        String order = query.sort() == EntrySort.TITLE
                ? " order by coalesce(e.titleReading, e.title), e.title, e.entryAt desc, e.id desc"
                : " order by e.entryAt desc, e.id desc";
        TypedQuery<Long> count = em.createQuery("select count(e) from BookListEntry e" + where, Long.class);
        TypedQuery<BookListEntry> page = em.createQuery(
                "select e from BookListEntry e left join fetch e.category" + where + order, BookListEntry.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<EntryView> entries = page.setHint(READ_ONLY, true)
                .setFirstResult((query.page() - 1) * query.size())
                .setMaxResults(query.size())
                .getResultStream()
                .map(BookListEntry::view)
                .toList();
        return new EntryPage(entries, count.getSingleResult(), query.page(), query.size(), years(patronId));
    }

    /** The years from the newest entry back to the oldest. */
    private List<Integer> years(long patronId) {
        Object[] span = em.createNamedQuery(BookListEntry.SPAN, Object[].class)
                .setParameter("patron", patronId)
                .getSingleResult();
        if (span[0] == null) {
            return List.of();
        }
        int oldest = year((OffsetDateTime) span[0]);
        int newest = year((OffsetDateTime) span[1]);
        List<Integer> years = new ArrayList<>();
        for (int y = newest; y >= oldest; y--) {
            years.add(y);
        }
        return years;
    }

    private int year(OffsetDateTime at) {
        return clock.local(at.toInstant()).getYear();
    }

    private OffsetDateTime startOfYear(int year) {
        return LocalDate.of(year, 1, 1)
                .atStartOfDay(clock.zone())
                .toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
    }

    @Override
    public EntryView entry(long patronId, long entryId) {
        startedOwner(patronId);
        return ownEntry(patronId, entryId).view();
    }

    @Override
    public List<EntryView> all(long patronId) {
        startedOwner(patronId);
        return em.createNamedQuery(BookListEntry.ALL_OF_PATRON, BookListEntry.class)
                .setParameter("patron", patronId)
                .setHint(READ_ONLY, true) // shown, never changed: no change tracking for thousands of entries
                .getResultStream()
                .map(BookListEntry::view)
                .toList();
    }

    @Override
    public Map<Long, EntryStatus> statusesOf(long patronId, Collection<Long> titleIds) {
        BookListOwner owner = em.find(BookListOwner.class, patronId);
        if (owner == null || !owner.started() || titleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, EntryStatus> statuses = new LinkedHashMap<>();
        // oldest first, so the newest entry of a title has the last word
        for (Object[] row : em.createNamedQuery(BookListEntry.STATUSES, Object[].class)
                .setParameter("patron", patronId)
                .setParameter("titles", Set.copyOf(titleIds))
                .getResultList()) {
            statuses.put((Long) row[0], (EntryStatus) row[1]);
        }
        return statuses;
    }

    @Override
    public EntryView mark(long patronId, long titleId, EntryStatus status) {
        lockedOwner(patronId);
        Optional<BookListEntry> newest = em.createNamedQuery(BookListEntry.OF_TITLE, BookListEntry.class)
                .setParameter("patron", patronId)
                .setParameter("title", titleId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (newest.isPresent()) {
            newest.get().mark(status);
            return newest.get().view();
        }
        BookListEntry.TitleWords words = titles.words(titleId)
                .orElseThrow(() -> refused(BookListRefusal.NOT_FOUND, "No title has the id " + titleId + "."));
        BookListEntry entry = BookListEntry.marked(patronId, words, status, clock.now());
        em.persist(entry);
        em.flush();
        return entry.view();
    }

    @Override
    public EntryView change(long patronId, long entryId, EntryChange change) {
        startedOwner(patronId);
        BookListRules.entryProblem(change.memo(), change.rating()).ifPresent(problem -> {
            throw refused(
                    problem,
                    problem == BookListRefusal.MEMO_TOO_LONG
                            ? "A memo has at most " + BookListRules.MEMO_MAX + " characters."
                            : "A rating is 1 to 5.");
        });
        BookListEntry entry = ownEntry(patronId, entryId);
        BookListCategory category = change.categoryId() == null || change.categoryId() == 0
                ? null
                : ownCategory(patronId, change.categoryId());
        entry.change(change.status(), category, change.memo(), change.rating());
        return entry.view();
    }

    @Override
    public void delete(long patronId, long entryId) {
        startedOwner(patronId);
        em.remove(ownEntry(patronId, entryId));
    }

    @Override
    public int deleteHistory(long patronId) {
        lockedOwner(patronId);
        return em.createNamedQuery(BookListEntry.DELETE_OF_PATRON)
                .setParameter("patron", patronId)
                .executeUpdate();
    }

    @Override
    public void close(long patronId) {
        BookListOwner owner = em.find(BookListOwner.class, patronId, LockModeType.PESSIMISTIC_WRITE);
        if (owner == null) {
            return;
        }
        em.createNamedQuery(BookListEntry.DELETE_OF_PATRON)
                .setParameter("patron", patronId)
                .executeUpdate();
        em.createNamedQuery(BookListCategory.DELETE_OF_PATRON)
                .setParameter("patron", patronId)
                .executeUpdate();
        em.remove(owner);
    }

    @Override
    public List<CategoryView> categories(long patronId) {
        startedOwner(patronId);
        Map<Long, Long> counts = em.createNamedQuery(BookListEntry.COUNT_BY_CATEGORY, Object[].class)
                .setParameter("patron", patronId)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return em.createNamedQuery(BookListCategory.OF_PATRON, BookListCategory.class)
                .setParameter("patron", patronId)
                .getResultStream()
                .map(c -> c.view(counts.getOrDefault(c.id(), 0L)))
                .toList();
    }

    @Override
    public CategoryView createCategory(long patronId, String typed) {
        lockedOwner(patronId);
        String name = validCategoryName(patronId, typed, null);
        long existing = em.createNamedQuery(BookListCategory.COUNT_OF_PATRON, Long.class)
                .setParameter("patron", patronId)
                .getSingleResult();
        if (!BookListRules.categoryAllowed(existing)) {
            throw refused(
                    BookListRefusal.CATEGORY_LIMIT,
                    "There are " + BookListRules.CATEGORY_LIMIT + " categories already, the limit.");
        }
        BookListCategory category = new BookListCategory(patronId, name, clock.now());
        em.persist(category);
        em.flush();
        return category.view(0);
    }

    @Override
    public CategoryView renameCategory(long patronId, long categoryId, String typed) {
        lockedOwner(patronId);
        BookListCategory category = ownCategory(patronId, categoryId);
        category.rename(validCategoryName(patronId, typed, categoryId));
        return categories(patronId).stream()
                .filter(c -> c.id() == categoryId)
                .findFirst()
                .orElseThrow();
    }

    @Override
    public void deleteCategory(long patronId, long categoryId) {
        lockedOwner(patronId);
        BookListCategory category = ownCategory(patronId, categoryId);
        em.createNamedQuery(BookListEntry.UNCATEGORISE)
                .setParameter("category", category)
                .executeUpdate();
        em.remove(category);
    }

    private String validCategoryName(long patronId, String typed, Long renamed) {
        String name = BookListRules.categoryName(typed);
        BookListRules.categoryNameProblem(name).ifPresent(problem -> {
            throw refused(
                    problem,
                    "A category name has 1 to " + BookListRules.CATEGORY_NAME_MAX
                            + " characters, without control characters.");
        });
        boolean taken = em.createNamedQuery(BookListCategory.BY_KEY, BookListCategory.class)
                .setParameter("patron", patronId)
                .setParameter("key", BookListRules.categoryKey(name))
                .getResultStream()
                .anyMatch(c -> !c.id().equals(renamed));
        if (taken) {
            throw refused(BookListRefusal.CATEGORY_EXISTS, "There is a category of this name already.");
        }
        return name;
    }

    private static String validNickname(String typed) {
        String nickname = BookListRules.nickname(typed);
        BookListRules.nicknameProblem(nickname).ifPresent(problem -> {
            throw refused(
                    problem,
                    "A nickname has 1 to " + BookListRules.NICKNAME_MAX + " characters, without control characters.");
        });
        return nickname;
    }

    private BookListEntry ownEntry(long patronId, long entryId) {
        BookListEntry entry = em.find(BookListEntry.class, entryId);
        if (entry == null || entry.patronId() != patronId) {
            throw refused(BookListRefusal.NOT_FOUND, "Your book list has no entry with the id " + entryId + ".");
        }
        return entry;
    }

    private BookListCategory ownCategory(long patronId, long categoryId) {
        BookListCategory category = em.find(BookListCategory.class, categoryId);
        if (category == null || category.patronId() != patronId) {
            throw refused(BookListRefusal.NOT_FOUND, "You have no category with the id " + categoryId + ".");
        }
        return category;
    }

    /** The patron's book list, started: a nickname and the current terms. */
    private BookListOwner startedOwner(long patronId) {
        return started(em.find(BookListOwner.class, patronId));
    }

    private BookListOwner lockedOwner(long patronId) {
        return started(em.find(BookListOwner.class, patronId, LockModeType.PESSIMISTIC_WRITE));
    }

    private static BookListOwner started(BookListOwner owner) {
        if (owner == null || !owner.started()) {
            throw refused(
                    BookListRefusal.NOT_STARTED,
                    "Choose a nickname and accept the current reading-service terms first.");
        }
        return owner;
    }

    private static BookListRefusedException refused(BookListRefusal reason, String detail) {
        return new BookListRefusedException(reason, detail);
    }
}
