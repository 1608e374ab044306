package jp.shiori.web.patron;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.shiori.circulation.Circulation;
import jp.shiori.circulation.LoanView;
import jp.shiori.circulation.RenewalRefusal;
import jp.shiori.common.RefusedException;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/**
 * ご利用状況参照, the first tab of My page: the patron's loans with 延長する and a confirmation step, or 延長不可
 * with the reason in words.
 */
@Named
@ViewScoped
public class MyLoans implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PatronCaller patron;

    @Inject
    Circulation circulation;

    @Inject
    LanguageSelection language;

    private Long patronId;
    private List<LoanView> loans = List.of();
    private LoanView confirming;

    @PostConstruct
    void load() {
        patronId = patron.id();
        loans = patronId == null ? List.of() : circulation.loansOf(patronId);
    }

    /** 延長する: asks for confirmation, showing the due date the renewal would give. */
    public void confirm(long loanId) {
        confirming = loans.stream().filter(l -> l.id() == loanId).findFirst().orElse(null);
    }

    public void cancel() {
        confirming = null;
    }

    /** The confirmed renewal. A refusal (renewed meanwhile from another device) is told in words. */
    public void renew() {
        if (confirming == null || patronId == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            LoanView renewed = circulation.renew(patronId, confirming.id());
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            Messages.get(
                                    locale(),
                                    "loans.renewed",
                                    renewed.title(),
                                    renewed.dueOn().toString()),
                            null));
        } catch (RefusedException e) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            Messages.getOr(locale(), "circ.refused." + e.code().code(), e.getMessage()),
                            null));
        }
        confirming = null;
        loans = circulation.loansOf(patronId);
    }

    /** 延長不可の理由, in words: the first reason that applies (overdue first: it needs the counter or a call). */
    public String refusal(LoanView loan) {
        if (loan.renewable()) {
            return null;
        }
        return Messages.get(
                locale(), "loans.refusal." + loan.renewalRefusals().get(0).name());
    }

    /** An overdue loan is renewed at the counter or by phone: the owning branch's phone, shown as a tel: link. */
    public boolean callToRenew(LoanView loan) {
        return !loan.renewable()
                && loan.renewalRefusals().get(0) == RenewalRefusal.OVERDUE
                && loan.branchPhone() != null
                && !loan.branchPhone().isBlank();
    }

    public String tel(LoanView loan) {
        return loan.branchPhone() == null ? null : "tel:" + loan.branchPhone().replaceAll("[^0-9+]", "");
    }

    private Locale locale() {
        return language.getLocale();
    }

    public List<LoanView> getLoans() {
        return loans;
    }

    public LoanView getConfirming() {
        return confirming;
    }
}
