package jp.shiori.web.alerts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.shiori.alerts.AlertConditions;
import jp.shiori.alerts.AlertDraft;
import jp.shiori.alerts.AlertProblem;
import jp.shiori.alerts.AlertRefusedException;
import jp.shiori.alerts.AlertView;
import jp.shiori.alerts.NewArrivalAlerts;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.NewArrivals;
import jp.shiori.common.RefusedException;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/**
 * ② 新規登録 / 変更: the mail title and the conditions, 登録, and the preview of the last 30 days. Plain inputs read
 * again from every post; the service judges them (nothing is stored when it refuses). {@code ?id=} edits one of
 * the patron's own alerts; another patron's id is "not found".
 */
@Named
@RequestScoped
public class AlertFormPage {

    @Inject
    AlertAccess access;

    @Inject
    NewArrivalAlerts alerts;

    @Inject
    BranchDirectory branches;

    @Inject
    LanguageSelection language;

    private Long id;
    private String mailTitle;
    private String keywords;
    private String title;
    private String author;
    private String publisher;
    private String subject;
    private String ndc;
    private String materialType;
    private String branchCode;
    private String alertLanguage;
    private AlertView existing;
    private NewArrivals preview;
    private boolean notFound;

    @PostConstruct
    void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String param = faces.getExternalContext().getRequestParameterMap().get("id");
        if (faces.isPostback() || param == null || !access.isUsable()) {
            return;
        }
        if (!param.matches("\\d{1,18}")) {
            notFound = true;
            return;
        }
        existing = alerts.alert(access.patronId(), Long.parseLong(param)).orElse(null);
        if (existing == null) {
            notFound = true;
            return;
        }
        id = existing.id();
        mailTitle = existing.mailTitle();
        AlertConditions c = existing.conditions();
        keywords = c.keywords();
        title = c.title();
        author = c.author();
        publisher = c.publisher();
        subject = c.subject();
        ndc = c.ndc();
        materialType = c.materialType() == null ? null : c.materialType().name();
        branchCode = c.branchCode();
        alertLanguage = c.language();
    }

    public String save() {
        if (!access.isUsable()) {
            return error("alerts.notUsable");
        }
        AlertConditions conditions = conditions();
        if (conditions == null) {
            return error("alert.problem.unknown-type");
        }
        try {
            AlertDraft draft = new AlertDraft(mailTitle, conditions);
            if (id == null) {
                alerts.register(access.patronId(), draft);
            } else {
                alerts.change(access.patronId(), id, draft);
            }
        } catch (AlertRefusedException e) {
            show(e.problems());
            return null;
        } catch (ConstraintViolationException e) {
            return error("alert.problem.text-too-long");
        } catch (RefusedException e) {
            return error("alerts.notFound");
        }
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .put("notice", Messages.get(language.getLocale(), id == null ? "alerts.registered" : "alerts.changed"));
        return "/my/alerts/index?faces-redirect=true";
    }

    public String preview() {
        if (!access.isUsable()) {
            return error("alerts.notUsable");
        }
        AlertConditions conditions = conditions();
        if (conditions == null) {
            return error("alert.problem.unknown-type");
        }
        try {
            preview = alerts.preview(conditions);
        } catch (AlertRefusedException e) {
            show(e.problems().stream()
                    .filter(p -> p != AlertProblem.MAIL_TITLE_MISSING)
                    .toList());
        } catch (ConstraintViolationException e) {
            return error("alert.problem.text-too-long");
        }
        return null;
    }

    public String renewFeed() {
        if (!access.isUsable() || id == null) {
            return error("alerts.notUsable");
        }
        try {
            alerts.renewFeed(access.patronId(), id);
        } catch (RefusedException e) {
            return error("alerts.notFound");
        }
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .put("notice", Messages.get(language.getLocale(), "alerts.feedRenewed"));
        return "/my/alerts/edit?faces-redirect=true&id=" + id;
    }

    /** The conditions typed; null when the material type is not one of the list (a forged post). */
    private AlertConditions conditions() {
        MaterialType type = null;
        if (materialType != null && !materialType.isBlank()) {
            type = Arrays.stream(MaterialType.values())
                    .filter(t -> t.name().equals(materialType))
                    .findFirst()
                    .orElse(null);
            if (type == null) {
                return null;
            }
        }
        return new AlertConditions(keywords, title, author, publisher, subject, ndc, type, branchCode, alertLanguage);
    }

    private void show(List<AlertProblem> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = language.getLocale();
        problems.forEach(p -> faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        Messages.get(locale, "alert.problem." + p.code(), alerts.limit()),
                        null)));
    }

    private String error(String key) {
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(language.getLocale(), key), null));
        return null;
    }

    public List<String> getMaterialTypes() {
        return Arrays.stream(MaterialType.values()).map(Enum::name).toList();
    }

    public List<Choice> getBranches() {
        return branches.branches().stream()
                .map(b -> new Choice(b.code(), b.name().in(language.getLocale())))
                .toList();
    }

    public List<Choice> getLanguages() {
        return AlertConditions.LANGUAGES.stream()
                .map(l -> new Choice(l, Messages.getOr(language.getLocale(), "language." + l, l)))
                .toList();
    }

    /** A choice of a select: its value and its label. */
    public record Choice(String code, String name) {
        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    /** The feed of the alert being edited: its private address, relative to the site. */
    public AlertView getExisting() {
        if (existing == null && id != null && access.isUsable()) {
            existing = alerts.alert(access.patronId(), id).orElse(null);
        }
        return existing;
    }

    public NewArrivals getPreview() {
        return preview;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getNoneLabel() {
        return Messages.get(language.getLocale(), "alerts.any");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMailTitle() {
        return mailTitle;
    }

    public void setMailTitle(String mailTitle) {
        this.mailTitle = mailTitle;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getNdc() {
        return ndc;
    }

    public void setNdc(String ndc) {
        this.ndc = ndc;
    }

    public String getMaterialType() {
        return materialType;
    }

    public void setMaterialType(String materialType) {
        this.materialType = materialType;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public void setBranchCode(String branchCode) {
        this.branchCode = branchCode;
    }

    public String getAlertLanguage() {
        return alertLanguage;
    }

    public void setAlertLanguage(String alertLanguage) {
        this.alertLanguage = alertLanguage;
    }
}
