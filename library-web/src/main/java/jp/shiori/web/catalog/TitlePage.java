package jp.shiori.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import jp.shiori.catalog.CatalogSearch;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.Holding;
import jp.shiori.catalog.TitleDetail;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/** The title page: the record and its holdings per branch with availability read now. */
@Named
@RequestScoped
public class TitlePage {

    @Inject
    CatalogSearch catalog;

    @Inject
    LanguageSelection language;

    private TitleDetail title;

    @PostConstruct
    void load() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String id = external.getRequestParameterMap().get("id");
        if (id != null && id.matches("\\d{1,18}")) {
            title = catalog.title(Long.parseLong(id)).orElse(null);
        }
        if (title == null) {
            external.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public TitleDetail getTitle() {
        return title;
    }

    public String getAuthors() {
        return String.join(
                " / ",
                title.contributors().stream()
                        .map(c -> c.role() == null ? c.name() : c.name() + " (" + c.role() + ")")
                        .toList());
    }

    public String getAuthorReadings() {
        return String.join(
                " / ",
                title.contributors().stream()
                        .map(Contributor::reading)
                        .filter(r -> r != null && !r.isBlank())
                        .toList());
    }

    public List<HoldingRow> getHoldings() {
        Locale locale = language.getLocale();
        return title.holdings().stream().map(h -> new HoldingRow(h, locale)).toList();
    }

    /** A copy as one row of the holdings table, in the visitor's language. */
    public static final class HoldingRow {
        private final Holding holding;
        private final Locale locale;

        HoldingRow(Holding holding, Locale locale) {
            this.holding = holding;
            this.locale = locale;
        }

        public String getBranch() {
            return holding.branchName().in(locale);
        }

        /** The shelf as the screen's language names it (the demo's 開架 / 参考図書コーナー); other names as stored. */
        public String getShelf() {
            String shelf = holding.shelfLocation();
            return shelf == null ? null : Messages.getOr(locale, "shelf." + shelf, shelf);
        }

        public String getCallNumber() {
            return holding.callNumber();
        }

        public String getLoanable() {
            return Messages.get(locale, holding.loanable() ? "title.loanable" : "title.referenceOnly");
        }

        /** 貸出可 only for a copy that may leave the library: a reference-only one on the shelf is 館内閲覧のみ. */
        public String getStatus() {
            if (inLibraryOnly()) {
                return Messages.get(locale, "title.inLibraryOnly");
            }
            String status = Messages.get(locale, "status." + holding.status().name());
            if (holding.dueOn() != null) {
                status += " "
                        + Messages.get(locale, "title.due", holding.dueOn().format(DateTimeFormatter.ISO_LOCAL_DATE));
            }
            return status;
        }

        public String getStatusCode() {
            return inLibraryOnly() ? "IN_LIBRARY_ONLY" : holding.status().name();
        }

        private boolean inLibraryOnly() {
            return !holding.loanable() && "AVAILABLE".equals(holding.status().name());
        }

        public String getBarcode() {
            return holding.barcode();
        }
    }
}
