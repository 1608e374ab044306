package jp.shiori.web.booklist;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import jp.shiori.booklist.BookListRefusal;
import jp.shiori.booklist.BookListRefusedException;
import jp.shiori.booklist.BookListRules;
import jp.shiori.common.RefusedException;
import jp.shiori.web.i18n.Messages;

/** Messages of the book list screens: a refusal in the patron's words ({@code booklist.refusal.<code>}). */
final class BookListFaces {

    private BookListFaces() {}

    static String refusal(Locale locale, RefusedException e) {
        if (e instanceof BookListRefusedException refused) {
            return refusal(locale, refused.reason());
        }
        return Messages.getOr(locale, "booklist.refusal." + e.code().code(), e.getMessage());
    }

    static String refusal(Locale locale, BookListRefusal reason) {
        return Messages.get(
                locale,
                "booklist.refusal." + reason.code(),
                BookListRules.NICKNAME_MAX,
                BookListRules.MEMO_MAX,
                BookListRules.CATEGORY_LIMIT,
                BookListRules.CATEGORY_NAME_MAX);
    }

    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A notice for the page the action redirects to. */
    static void infoAfterRedirect(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(text);
    }
}
