package jp.shiori.web.holds;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shiori.catalog.TitleSummary;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/**
 * 予約かご (basket.xhtml): the titles with author, publisher, year and availability; 全てを選択する or one by one;
 * 予約 goes on to the placement form with the selected titles (after login, if needed), 削除 takes them out.
 * The checkboxes are plain inputs named {@code selected}, read on each post, so the page works without JavaScript.
 */
@Named
@ViewScoped
public class BasketPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The placement form of the holds context (予約の申込み), under My page, so it asks for a login first. */
    static final String PLACE = "/my/holds/place.xhtml";

    @Inject
    Basket basket;

    @Inject
    LanguageSelection language;

    private List<TitleSummary> titles = List.of();
    private Set<Long> selected = Set.of();
    private String notice;
    private String problem;

    @PostConstruct
    void load() {
        titles = basket.titles();
        BasketNotice.LeftOut leftOut = BasketNotice.takeMergeNote(request().getSession(false));
        if (leftOut != null) {
            problem = (leftOut.overLimit() > 0
                            ? text("basket.merge.overLimit", leftOut.overLimit(), basket.getLimit())
                            : "")
                    + (leftOut.notHoldable() > 0 ? text("basket.merge.notHoldable", leftOut.notHoldable()) : "");
        }
    }

    /** 全てを選択する. */
    public void selectAll() {
        clearMessages();
        selected = titles.stream().map(TitleSummary::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** 予約: on to the placement form with the selected titles, in the basket's order. */
    public void reserve() throws IOException {
        clearMessages();
        List<Long> chosen = chosen();
        if (chosen.isEmpty()) {
            problem = text("basket.noneSelected.reserve");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + PLACE + "?"
                + chosen.stream().map(id -> "title=" + id).collect(Collectors.joining("&")));
    }

    /** 削除: the selected titles leave the basket. */
    public void remove() {
        clearMessages();
        List<Long> chosen = chosen();
        if (chosen.isEmpty()) {
            problem = text("basket.noneSelected.remove");
            return;
        }
        int removed = basket.remove(chosen);
        titles = basket.titles();
        selected = Set.of();
        notice = text("basket.removed", removed);
    }

    /** The titles ticked in the posted form that are in the basket, in the basket's order. */
    private List<Long> chosen() {
        String[] posted = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterValuesMap()
                .get("selected");
        Set<Long> ticked = posted == null
                ? Set.of()
                : Arrays.stream(posted)
                        .map(BasketPage::parse)
                        .filter(id -> id != null)
                        .collect(Collectors.toSet());
        List<Long> chosen =
                titles.stream().map(TitleSummary::id).filter(ticked::contains).toList();
        selected = new LinkedHashSet<>(chosen);
        return chosen;
    }

    private static Long parse(String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void clearMessages() {
        notice = null;
        problem = null;
    }

    private String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }

    private Locale locale() {
        return language.getLocale();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String authors(TitleSummary title) {
        return String.join(" / ", title.authors());
    }

    public boolean isSelected(long titleId) {
        return selected.contains(titleId);
    }

    public List<TitleSummary> getTitles() {
        return titles;
    }

    public String getNotice() {
        return notice;
    }

    public String getProblem() {
        return problem;
    }
}
