package jp.shiori.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.patron.AuditRecord;
import jp.shiori.patron.PasswordProblem;
import jp.shiori.patron.PatronAdministration;
import jp.shiori.staff.NewStaffMember;
import jp.shiori.staff.StaffAccounts;
import jp.shiori.staff.StaffMember;
import jp.shiori.staff.StaffPasswordPolicy;
import jp.shiori.staff.StaffRole;
import jp.shiori.staff.StaffUsername;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.patron.PasswordPage;

/** 管理: staff accounts (create, roles, deactivate) and the audit log. */
@Named
@RequestScoped
public class StaffAdminPage {

    @Inject
    StaffAccounts accounts;

    @Inject
    PatronAdministration administration;

    @Inject
    StaffCaller caller;

    @Inject
    LanguageSelection language;

    private String username;
    private String displayName;
    private StaffRole[] roles = new StaffRole[0];
    private String password;
    private String auditFilter;

    public List<StaffMember> getMembers() {
        return accounts.members();
    }

    public StaffRole[] getAllRoles() {
        return StaffRole.values();
    }

    public String create() {
        if (StaffUsername.parse(username).isEmpty()) {
            StaffFaces.error(language.getLocale(), "staff.accounts.usernameInvalid");
            return null;
        }
        if (roles == null || roles.length == 0) {
            StaffFaces.error(language.getLocale(), "staff.accounts.rolesMissing");
            return null;
        }
        List<PasswordProblem> problems = StaffPasswordPolicy.problems(
                password, StaffUsername.parse(username).get());
        if (!problems.isEmpty()) {
            PasswordPage.show(problems, language.getLocale());
            return null;
        }
        try {
            accounts.create(
                    new NewStaffMember(username, displayName, EnumSet.copyOf(java.util.Arrays.asList(roles)), password),
                    caller.actor());
        } catch (RefusedException e) {
            StaffFaces.error(
                    language.getLocale(),
                    e.code() == ErrorCode.CONFLICT ? "staff.accounts.usernameTaken" : "staff.accounts.invalid");
            return null;
        }
        StaffFaces.notice(
                language.getLocale(),
                "staff.accounts.created",
                StaffUsername.parse(username).get());
        return "/staff/admin/accounts?faces-redirect=true";
    }

    /** Deactivates an active account or reactivates a deactivated one, keeping its roles. */
    public String toggle(StaffMember member) {
        try {
            accounts.update(member.id(), member.roles(), !member.active(), caller.actor());
        } catch (RefusedException e) {
            StaffFaces.error(language.getLocale(), "staff.accounts.notYourself");
            return null;
        }
        StaffFaces.notice(
                language.getLocale(),
                member.active() ? "staff.accounts.deactivated" : "staff.accounts.activated",
                member.username());
        return "/staff/admin/accounts?faces-redirect=true";
    }

    public List<AuditRecord> getAudit() {
        return administration.audit(auditFilter, 200);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public StaffRole[] getRoles() {
        return roles;
    }

    public void setRoles(StaffRole[] roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getAuditFilter() {
        return auditFilter;
    }

    public void setAuditFilter(String auditFilter) {
        this.auditFilter = auditFilter;
    }
}
