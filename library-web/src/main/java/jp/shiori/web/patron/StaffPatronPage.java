package jp.shiori.web.patron;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.patron.AuditRecord;
import jp.shiori.patron.PasswordProblem;
import jp.shiori.patron.PatronAdministration;
import jp.shiori.patron.PatronChanges;
import jp.shiori.patron.PatronRecord;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.staff.StaffCaller;
import jp.shiori.web.staff.StaffFaces;

/**
 * One patron at the counter: 利用者情報の変更, カードの更新, 利用停止 and its lifting, パスワード登録, and what staff did
 * to this patron (audit log).
 */
@Named
@ViewScoped
public class StaffPatronPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PatronAdministration administration;

    @Inject
    StaffCaller caller;

    @Inject
    LanguageSelection language;

    private Long id;
    private PatronRecord patron;
    private PatronForm form = new PatronForm();
    private String blockReason;
    private final NewPassword password = new NewPassword();

    /** f:viewAction: the patron of the id parameter, or the not-found page. */
    public void load() throws IOException {
        patron = id == null ? null : administration.record(id).orElse(null);
        if (patron == null) {
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .responseSendError(404, "no such patron");
            jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        form = PatronForm.of(patron);
    }

    public String save() {
        try {
            administration.update(
                    id,
                    new PatronChanges(
                            form.getName(),
                            PatronForm.blankToNull(form.getNameKana()),
                            PatronForm.blankToNull(form.getAddress()),
                            PatronForm.blankToNull(form.getPhone()),
                            PatronForm.blankToNull(form.getEmail()),
                            form.getCategory(),
                            patron.version()),
                    caller.actor());
            return done("staff.patron.saved");
        } catch (RefusedException e) {
            StaffFaces.error(
                    language.getLocale(),
                    e.code() == ErrorCode.CONFLICT ? "staff.patron.changedMeanwhile" : "staff.patron.invalid");
            return null;
        }
    }

    public String renewCard() {
        LocalDate until = administration.renewCard(id, caller.actor());
        return done("staff.patron.renewed", until.toString());
    }

    public String block() {
        if (blockReason == null || blockReason.isBlank()) {
            StaffFaces.error(language.getLocale(), "staff.patron.blockReasonMissing");
            return null;
        }
        administration.block(id, blockReason, caller.actor());
        return done("staff.patron.blockedNotice");
    }

    public String unblock() {
        administration.unblock(id, caller.actor());
        return done("staff.patron.unblockedNotice");
    }

    public String setPassword() {
        List<PasswordProblem> problems =
                administration.setPassword(id, password.getNext(), password.getNextAgain(), caller.actor());
        if (!problems.isEmpty()) {
            PasswordPage.show(problems, language.getLocale());
            return null;
        }
        return done("staff.patron.passwordSet");
    }

    public List<AuditRecord> getHistory() {
        return administration.audit("patron:" + id, 20);
    }

    private String done(String key, Object... args) {
        StaffFaces.notice(language.getLocale(), key, args);
        return "/staff/patrons/patron?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PatronRecord getPatron() {
        return patron;
    }

    public PatronForm getForm() {
        return form;
    }

    public String getBlockReason() {
        return blockReason;
    }

    public void setBlockReason(String blockReason) {
        this.blockReason = blockReason;
    }

    public NewPassword getPassword() {
        return password;
    }
}
