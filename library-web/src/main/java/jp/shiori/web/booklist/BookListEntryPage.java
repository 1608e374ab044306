package jp.shiori.web.booklist;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.shiori.booklist.BookList;
import jp.shiori.booklist.BookListRules;
import jp.shiori.booklist.CategoryView;
import jp.shiori.booklist.EntryChange;
import jp.shiori.booklist.EntryStatus;
import jp.shiori.booklist.EntryView;
import jp.shiori.common.RefusedException;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/**
 * One entry: status, category, memo (at most 400 characters, always shown escaped) and a 1–5 rating; 削除 with a
 * confirmation step. Another patron's entry id is "not found", like one that does not exist.
 */
@Named
@ViewScoped
public class BookListEntryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BookListAccess access;

    @Inject
    transient BookList bookList;

    @Inject
    LanguageSelection language;

    private Long id;
    private EntryView entry;
    private List<CategoryView> categories = List.of();
    private EntryStatus status;
    private Long categoryId;
    private String memo;
    private Integer rating;
    private boolean confirmingDelete;

    /** f:viewAction: loads the entry once, on the first (GET) request. */
    public void load() {
        if (entry != null || id == null || !access.isStarted()) {
            return;
        }
        try {
            entry = bookList.entry(access.patronId(), id);
            categories = bookList.categories(access.patronId());
            status = entry.status();
            categoryId = entry.categoryId();
            memo = entry.memo();
            rating = entry.rating();
        } catch (RefusedException e) {
            entry = null;
        }
    }

    public String save() {
        if (entry == null) {
            return null;
        }
        var problem = BookListRules.entryProblem(memo, rating);
        if (problem.isPresent()) {
            BookListFaces.error(
                    problem.get() == jp.shiori.booklist.BookListRefusal.MEMO_TOO_LONG ? "entry:memo" : "entry:rating",
                    BookListFaces.refusal(language.getLocale(), problem.get()));
            return null;
        }
        try {
            entry = bookList.change(
                    access.patronId(),
                    entry.id(),
                    new EntryChange(status == null ? EntryStatus.NONE : status, categoryId, memo, rating));
            BookListFaces.infoAfterRedirect(Messages.get(language.getLocale(), "booklist.entry.saved", entry.title()));
            return "/my/booklist/index?faces-redirect=true";
        } catch (RefusedException e) {
            BookListFaces.error(null, BookListFaces.refusal(language.getLocale(), e));
            return null;
        }
    }

    public void confirmDelete() {
        confirmingDelete = true;
    }

    public void keep() {
        confirmingDelete = false;
    }

    public String delete() {
        if (entry == null) {
            return null;
        }
        try {
            bookList.delete(access.patronId(), entry.id());
            BookListFaces.infoAfterRedirect(
                    Messages.get(language.getLocale(), "booklist.entry.deleted", entry.title()));
            return "/my/booklist/index?faces-redirect=true";
        } catch (RefusedException e) {
            BookListFaces.error(null, BookListFaces.refusal(language.getLocale(), e));
            return null;
        }
    }

    public EntryStatus[] getStatuses() {
        return EntryStatus.values();
    }

    public String statusText(EntryStatus s) {
        return Messages.get(language.getLocale(), "booklist.status." + s.name());
    }

    public String date(java.time.Instant instant) {
        return BookListDates.format(instant, language.getLocale());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EntryView getEntry() {
        return entry;
    }

    public List<CategoryView> getCategories() {
        return categories;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public void setStatus(EntryStatus status) {
        this.status = status;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getMemo() {
        return memo;
    }

    public void setMemo(String memo) {
        this.memo = memo;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }
}
