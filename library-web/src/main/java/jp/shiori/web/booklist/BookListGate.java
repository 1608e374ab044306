package jp.shiori.web.booklist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The way into the book list pages: before the first use (or after new terms) the patron is sent to the start
 * page; at an OPAC terminal the pages show only why they are not offered.
 */
@Named
@RequestScoped
public class BookListGate {

    @Inject
    BookListAccess access;

    /** f:viewAction of every page but the start page. */
    public String requireStarted() {
        if (access.isOffered() && !access.isStarted()) {
            return "/my/booklist/start?faces-redirect=true";
        }
        return null;
    }

    /** f:viewAction of the start page: a patron who has started goes to the list. */
    public String skipWhenStarted() {
        return access.isOffered() && access.isStarted() ? "/my/booklist/index?faces-redirect=true" : null;
    }
}
