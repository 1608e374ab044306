package jp.shiori.web.patron;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.patron.CardNumber;
import jp.shiori.patron.NewPatron;
import jp.shiori.patron.PasswordPolicy;
import jp.shiori.patron.PasswordProblem;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.staff.StaffCaller;
import jp.shiori.web.staff.StaffFaces;

/** 利用者登録 at the counter: the card, who it belongs to, and (if the patron wants the web service) a password. */
@Named
@RequestScoped
public class StaffPatronRegistrationPage {

    @Inject
    PatronAccounts accounts;

    @Inject
    StaffCaller caller;

    @Inject
    LanguageSelection language;

    private String card;
    private final PatronForm patron = new PatronForm();
    private final NewPassword password = new NewPassword();

    public String register() {
        Optional<CardNumber> parsed = CardNumber.parse(card);
        if (parsed.isEmpty()) {
            StaffFaces.error(language.getLocale(), "staff.patron.cardInvalid");
            return null;
        }
        String initial = password.getNext() == null || password.getNext().isEmpty() ? null : password.getNext();
        if (initial != null) {
            List<PasswordProblem> problems = new java.util.ArrayList<>();
            if (!initial.equals(password.getNextAgain())) {
                problems.add(PasswordProblem.MISMATCH);
            }
            problems.addAll(PasswordPolicy.problems(initial, parsed.get()));
            if (!problems.isEmpty()) {
                PasswordPage.show(problems, language.getLocale());
                return null;
            }
        }
        LocalDate renewal = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusYears(1);
        try {
            long id = accounts.register(
                    new NewPatron(
                            card,
                            patron.getName(),
                            PatronForm.blankToNull(patron.getNameKana()),
                            PatronForm.blankToNull(patron.getAddress()),
                            PatronForm.blankToNull(patron.getPhone()),
                            PatronForm.blankToNull(patron.getEmail()),
                            patron.getCategory(),
                            renewal,
                            initial),
                    caller.actor());
            StaffFaces.notice(language.getLocale(), "staff.patron.registered");
            return "/staff/patrons/patron?faces-redirect=true&id=" + id;
        } catch (RefusedException e) {
            StaffFaces.error(
                    language.getLocale(),
                    e.code() == ErrorCode.CONFLICT ? "staff.patron.cardTaken" : "staff.patron.invalid");
            return null;
        }
    }

    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }

    public PatronForm getPatron() {
        return patron;
    }

    public NewPassword getPassword() {
        return password;
    }
}
