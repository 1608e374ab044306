package jp.shiori.web.booklist;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.shiori.booklist.BookList;
import jp.shiori.booklist.BookListProfile;
import jp.shiori.common.RefusedException;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/**
 * ブックリスト設定: 自動登録 on or off (〔登録する〕), and the patron's privacy: delete the whole history, or end the book
 * list altogether — each with a confirmation step. ブックリストの公開 is not offered.
 */
@Named
@ViewScoped
public class BookListSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BookListAccess access;

    @Inject
    transient BookList bookList;

    @Inject
    LanguageSelection language;

    private boolean autoRegister;
    private BookListProfile profile;
    /** "history" or "all" while a deletion waits for its confirmation. */
    private String confirming;

    @PostConstruct
    void load() {
        profile = access.isStarted() ? access.getProfile() : null;
        autoRegister = profile != null && profile.autoRegister();
    }

    /** 〔登録する〕. */
    public String save() {
        try {
            profile = bookList.autoRegister(access.patronId(), autoRegister);
            BookListFaces.infoAfterRedirect(Messages.get(
                    language.getLocale(), autoRegister ? "booklist.settings.savedOn" : "booklist.settings.savedOff"));
            return "/my/booklist/settings?faces-redirect=true";
        } catch (RefusedException e) {
            BookListFaces.error(null, BookListFaces.refusal(language.getLocale(), e));
            return null;
        }
    }

    public void confirmHistory() {
        confirming = "history";
    }

    public void confirmAll() {
        confirming = "all";
    }

    public void keep() {
        confirming = null;
    }

    /** The confirmed deletion. */
    public String delete() {
        try {
            if ("history".equals(confirming)) {
                int deleted = bookList.deleteHistory(access.patronId());
                BookListFaces.infoAfterRedirect(
                        Messages.get(language.getLocale(), "booklist.settings.historyDeleted", deleted));
                return "/my/booklist/settings?faces-redirect=true";
            }
            if ("all".equals(confirming)) {
                bookList.close(access.patronId());
                BookListFaces.infoAfterRedirect(Messages.get(language.getLocale(), "booklist.settings.closed"));
                return "/my/index?faces-redirect=true";
            }
        } catch (RefusedException e) {
            BookListFaces.error(null, BookListFaces.refusal(language.getLocale(), e));
        }
        confirming = null;
        return null;
    }

    public boolean isAutoRegister() {
        return autoRegister;
    }

    public void setAutoRegister(boolean autoRegister) {
        this.autoRegister = autoRegister;
    }

    public BookListProfile getProfile() {
        return profile;
    }

    public String getSince() {
        return profile == null ? "" : BookListDates.format(profile.autoRegisterSince(), language.getLocale());
    }

    public String getConfirming() {
        return confirming;
    }
}
