package jp.shiori.web.booklist;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.shiori.booklist.BookList;
import jp.shiori.booklist.BookListRefusal;
import jp.shiori.booklist.BookListRules;
import jp.shiori.booklist.BookListStart;
import jp.shiori.common.RefusedException;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/**
 * 初めての利用: a nickname (〔チェック〕 says whether it is free) and the 読書推進サービス利用規約, read on a page of their
 * own and accepted with a check box; 〔登録〕 needs both. Also shown again when a new version of the terms comes.
 */
@Named
@ViewScoped
public class BookListStartPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BookListAccess access;

    @Inject
    transient BookList bookList;

    @Inject
    LanguageSelection language;

    private String nickname;
    private boolean accept;
    private String checked;
    private boolean available;

    /** 〔チェック〕. */
    public void check() {
        checked = null;
        try {
            available = bookList.nicknameAvailable(access.patronId(), nickname);
            checked = Messages.get(
                    language.getLocale(),
                    available ? "booklist.start.free" : "booklist.start.taken",
                    BookListRules.nickname(nickname));
        } catch (RefusedException e) {
            BookListFaces.error("start:nickname", BookListFaces.refusal(language.getLocale(), e));
        }
    }

    /** 〔登録〕. */
    public String register() {
        checked = null;
        if (!accept) {
            BookListFaces.error(
                    "start:accept", BookListFaces.refusal(language.getLocale(), BookListRefusal.TERMS_NOT_ACCEPTED));
            return null;
        }
        try {
            bookList.start(access.patronId(), new BookListStart(nickname, BookListRules.TERMS_VERSION, true));
        } catch (RefusedException e) {
            BookListFaces.error("start:nickname", BookListFaces.refusal(language.getLocale(), e));
            return null;
        }
        BookListFaces.infoAfterRedirect(Messages.get(language.getLocale(), "booklist.start.done"));
        return "/my/booklist/settings?faces-redirect=true";
    }

    @PostConstruct
    void load() {
        if (access.getProfile() != null) {
            nickname = access.getProfile().nickname();
        }
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public boolean isAccept() {
        return accept;
    }

    public void setAccept(boolean accept) {
        this.accept = accept;
    }

    public String getChecked() {
        return checked;
    }

    public boolean isAvailable() {
        return available;
    }

    /** Whether this is a new version of the terms for a patron who accepted an older one. */
    public boolean isNewTerms() {
        return access.getProfile() != null && !access.getProfile().termsCurrent();
    }

    public int getTermsVersion() {
        return BookListRules.TERMS_VERSION;
    }
}
