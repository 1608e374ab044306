package jp.shiori.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Set;
import jp.shiori.staff.StaffRole;

/**
 * The staff member behind the current request: the caller the container authenticated (a staff login on the
 * screens, a staff bearer token on REST), with the account's roles as read at this request by
 * {@link StaffPagesFilter} on the screens. Services record {@link #actor()} in the audit log.
 */
@Named
@RequestScoped
public class StaffCaller {

    @Inject
    HttpServletRequest request;

    private boolean resolved;
    private String username;
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    void identify(String username, Set<StaffRole> roles) {
        this.username = username;
        this.roles = StaffRole.effective(roles);
        this.resolved = true;
    }

    /** The container's caller, when no filter named the staff member of this request already. */
    private void resolve() {
        if (resolved) {
            return;
        }
        resolved = true;
        username = request.getUserPrincipal() == null
                ? null
                : StaffIdentityStore.username(request.getUserPrincipal().getName());
        if (username != null) {
            for (StaffRole role : StaffRole.values()) {
                if (request.isUserInRole(role.name())) {
                    roles.add(role);
                }
            }
        }
    }

    public boolean known() {
        resolve();
        return username != null;
    }

    /** How the audit log names this caller: {@code staff:<username>}. */
    public String actor() {
        resolve();
        if (username == null) {
            throw new IllegalStateException("No staff member is known for this request");
        }
        return "staff:" + username;
    }

    public String username() {
        resolve();
        return username;
    }

    public boolean hasAny(StaffRole... wanted) {
        resolve();
        for (StaffRole role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
