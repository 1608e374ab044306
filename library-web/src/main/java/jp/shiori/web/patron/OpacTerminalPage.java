package jp.shiori.web.patron;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;

/** 資料検索機の設定: staff mark this browser as an OPAC terminal of the library, or unmark it. */
@Named
@RequestScoped
public class OpacTerminalPage {

    private static final int TEN_YEARS = 10 * 365 * 24 * 3600;

    /** Redirects, so that the page shown next already carries (or lacks) the cookie. */
    public String mark() {
        cookie("1", TEN_YEARS);
        return "/staff/opac-terminal?faces-redirect=true";
    }

    public String unmark() {
        cookie("", 0);
        return "/staff/opac-terminal?faces-redirect=true";
    }

    private static void cookie(String value, int maxAge) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.addResponseCookie(
                OpacTerminal.COOKIE,
                value,
                Map.of(
                        "maxAge",
                        maxAge,
                        "path",
                        external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(),
                        "httpOnly",
                        true,
                        "SameSite",
                        "Strict"));
    }
}
