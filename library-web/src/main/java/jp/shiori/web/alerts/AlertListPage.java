package jp.shiori.web.alerts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import jp.shiori.alerts.AlertConditions;
import jp.shiori.alerts.AlertView;
import jp.shiori.alerts.NewArrivalAlerts;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.common.RefusedException;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/** ① 新着案内配信サービス: the patron's alerts with 新規登録, and pause / resume / delete of each. */
@Named
@RequestScoped
public class AlertListPage {

    @Inject
    AlertAccess access;

    @Inject
    NewArrivalAlerts alerts;

    @Inject
    BranchDirectory branches;

    @Inject
    LanguageSelection language;

    private List<AlertView> list = List.of();

    @PostConstruct
    void load() {
        if (access.isUsable()) {
            list = alerts.alertsOf(access.patronId());
        }
    }

    public List<AlertView> getAlerts() {
        return list;
    }

    public boolean isLimitReached() {
        return list.size() >= alerts.limit();
    }

    public int getLimit() {
        return alerts.limit();
    }

    public String pause(long id) {
        return act(id, false, "alerts.paused");
    }

    public String resume(long id) {
        return act(id, true, "alerts.resumed");
    }

    public String delete(long id) {
        if (!access.isUsable()) {
            return refused();
        }
        try {
            alerts.delete(access.patronId(), id);
        } catch (RefusedException e) {
            return notFound();
        }
        return done("alerts.deleted");
    }

    private String act(long id, boolean active, String notice) {
        if (!access.isUsable()) {
            return refused();
        }
        try {
            alerts.setActive(access.patronId(), id, active);
        } catch (RefusedException e) {
            return notFound();
        }
        return done(notice);
    }

    private String done(String notice) {
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .put("notice", Messages.get(language.getLocale(), notice));
        return "/my/alerts/index?faces-redirect=true";
    }

    private String notFound() {
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR,
                                Messages.get(language.getLocale(), "alerts.notFound"),
                                null));
        return null;
    }

    private String refused() {
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR,
                                Messages.get(language.getLocale(), "alerts.notUsable"),
                                null));
        return null;
    }

    /** The conditions in words: "キーワード：ケーキ／NDC：596". */
    public String describe(AlertConditions c) {
        var locale = language.getLocale();
        List<String> parts = new ArrayList<>();
        add(parts, "alerts.field.keywords", c.keywords());
        add(parts, "alerts.field.title", c.title());
        add(parts, "alerts.field.author", c.author());
        add(parts, "alerts.field.publisher", c.publisher());
        add(parts, "alerts.field.subject", c.subject());
        add(parts, "alerts.field.ndc", c.ndc());
        add(
                parts,
                "alerts.field.type",
                c.materialType() == null
                        ? null
                        : Messages.get(locale, "type." + c.materialType().name()));
        add(
                parts,
                "alerts.field.branch",
                c.branchCode() == null
                        ? null
                        : branches.branch(c.branchCode())
                                .map(b -> b.name().in(locale))
                                .orElse(c.branchCode()));
        add(
                parts,
                "alerts.field.language",
                c.language() == null ? null : Messages.getOr(locale, "language." + c.language(), c.language()));
        return String.join(Messages.get(locale, "alerts.separator"), parts);
    }

    private void add(List<String> parts, String key, String value) {
        if (value != null) {
            parts.add(Messages.get(
                    language.getLocale(), "alerts.condition", Messages.get(language.getLocale(), key), value));
        }
    }
}
