package jp.shiori.staff.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.LoginThrottle;
import jp.shiori.common.RefusedException;
import jp.shiori.common.internal.AuditTrail;
import jp.shiori.common.internal.Passwords;
import jp.shiori.patron.PasswordProblem;
import jp.shiori.staff.NewStaffMember;
import jp.shiori.staff.StaffAccounts;
import jp.shiori.staff.StaffMember;
import jp.shiori.staff.StaffPasswordPolicy;
import jp.shiori.staff.StaffRole;
import jp.shiori.staff.StaffUsername;

@ValidateOnExecution
@Stateless
public class DefaultStaffAccounts implements StaffAccounts {

    static final LoginThrottle.Policy THROTTLE = LoginThrottle.Policy.configured(System::getenv);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private LibraryClock clock;

    @EJB
    private AuditTrail auditTrail;

    @Override
    public Optional<StaffMember> authenticate(String typedUsername, String password) {
        Optional<StaffAccount> account = StaffUsername.parse(typedUsername).flatMap(this::find);
        if (account.isEmpty()) {
            passwords.matches(password, null); // as long as a real check: no enumeration by timing
            return Optional.empty();
        }
        StaffAccount a = account.get();
        Instant now = clock.now();
        boolean lockedBefore = a.lockedAt(now);
        boolean accepted = a.login(password, passwords, now, THROTTLE);
        if (!lockedBefore && a.lockedAt(now)) {
            audit("system", "staff-login-locked", a, "too many failed logins");
        }
        return accepted ? Optional.of(a.member()) : Optional.empty();
    }

    @Override
    public Optional<StaffMember> member(long id) {
        return Optional.ofNullable(em.find(StaffAccount.class, id)).map(StaffAccount::member);
    }

    @Override
    public Optional<StaffMember> member(String username) {
        return StaffUsername.parse(username).flatMap(this::find).map(StaffAccount::member);
    }

    @Override
    public List<StaffMember> members() {
        return em.createNamedQuery(StaffAccount.ALL, StaffAccount.class)
                .getResultStream()
                .map(StaffAccount::member)
                .toList();
    }

    @Override
    public long create(NewStaffMember member, String actor) {
        String username = StaffUsername.parse(member.username())
                .orElseThrow(() -> new RefusedException(
                        ErrorCode.BAD_REQUEST,
                        "A login name is 3 to 64 letters, digits, dots, hyphens or underscores."));
        refuseWeak(member.password(), username);
        if (member.roles() == null || member.roles().isEmpty()) {
            throw new RefusedException(ErrorCode.BAD_REQUEST, "A staff account needs at least one role.");
        }
        if (find(username).isPresent()) {
            throw new RefusedException(ErrorCode.CONFLICT, "The login name " + username + " is in use.");
        }
        StaffAccount account = new StaffAccount(
                username, member.displayName().strip(), member.roles(), passwords.hash(member.password()), clock.now());
        em.persist(account);
        em.flush();
        audit(actor, "staff-created", account, "roles " + account.member().getRoleList());
        return account.id();
    }

    @Override
    public void update(long id, Set<StaffRole> roles, boolean active, String actor) {
        StaffAccount account = account(id);
        Set<StaffRole> granted =
                roles == null || roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
        if (granted.isEmpty()) {
            throw new RefusedException(ErrorCode.BAD_REQUEST, "A staff account needs at least one role.");
        }
        if (("staff:" + account.username()).equals(actor) && (!active || !granted.contains(StaffRole.ADMIN))) {
            throw new RefusedException(
                    ErrorCode.CONFLICT,
                    "Administrators cannot take their own administration away; another administrator can.");
        }
        account.update(granted, active, clock.now());
        audit(
                actor,
                "staff-updated",
                account,
                "roles " + account.member().getRoleList() + (active ? "" : ", deactivated"));
    }

    @Override
    public void setPassword(long id, String password, String actor) {
        StaffAccount account = account(id);
        refuseWeak(password, account.username());
        account.setPasswordHash(passwords.hash(password), clock.now());
        audit(actor, "staff-password-set", account, null);
    }

    @Override
    public boolean createFirstAdministrator(String username, String password) {
        if (em.createQuery("select count(s) from StaffAccount s", Long.class).getSingleResult() > 0) {
            return false;
        }
        create(new NewStaffMember(username, "管理者 (" + username + ")", Set.of(StaffRole.ADMIN), password), "system");
        return true;
    }

    private void refuseWeak(String password, String username) {
        List<PasswordProblem> problems = StaffPasswordPolicy.problems(password, username);
        if (!problems.isEmpty()) {
            throw new RefusedException(
                    ErrorCode.BAD_REQUEST,
                    "The password is not acceptable: "
                            + problems.stream().map(PasswordProblem::code).toList());
        }
    }

    private StaffAccount account(long id) {
        StaffAccount account = em.find(StaffAccount.class, id);
        if (account == null) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No staff account has the id " + id + ".");
        }
        return account;
    }

    private Optional<StaffAccount> find(String username) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    private void audit(String actor, String action, StaffAccount account, String detail) {
        auditTrail.record(actor, action, "staff:" + account.username(), detail);
    }
}
