package jp.shiori.web.booklist;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shiori.booklist.BookList;
import jp.shiori.booklist.BookListRules;
import jp.shiori.booklist.CategoryView;
import jp.shiori.common.RefusedException;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/** カテゴリ管理: create, rename, delete (its entries stay, uncategorised); at most 50. */
@Named
@ViewScoped
public class BookListCategoriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BookListAccess access;

    @Inject
    transient BookList bookList;

    @Inject
    LanguageSelection language;

    private List<CategoryView> categories = List.of();
    private final Map<Long, String> names = new HashMap<>();
    private String newName;

    @PostConstruct
    void load() {
        if (access.isStarted()) {
            categories = bookList.categories(access.patronId());
            names.clear();
            categories.forEach(c -> names.put(c.id(), c.name()));
        }
    }

    public void create() {
        try {
            CategoryView made = bookList.createCategory(access.patronId(), newName);
            BookListFaces.info(Messages.get(language.getLocale(), "booklist.categories.created", made.name()));
            newName = null;
        } catch (RefusedException e) {
            BookListFaces.error("categories-new:name", BookListFaces.refusal(language.getLocale(), e));
        }
        load();
    }

    public void rename(long categoryId) {
        try {
            CategoryView renamed = bookList.renameCategory(access.patronId(), categoryId, names.get(categoryId));
            BookListFaces.info(Messages.get(language.getLocale(), "booklist.categories.renamed", renamed.name()));
        } catch (RefusedException e) {
            BookListFaces.error(null, BookListFaces.refusal(language.getLocale(), e));
        }
        load();
    }

    public void delete(long categoryId) {
        try {
            bookList.deleteCategory(access.patronId(), categoryId);
            BookListFaces.info(Messages.get(language.getLocale(), "booklist.categories.deleted"));
        } catch (RefusedException e) {
            BookListFaces.error(null, BookListFaces.refusal(language.getLocale(), e));
        }
        load();
    }

    public List<CategoryView> getCategories() {
        return categories;
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public boolean isFull() {
        return !BookListRules.categoryAllowed(categories.size());
    }

    public int getLimit() {
        return BookListRules.CATEGORY_LIMIT;
    }
}
