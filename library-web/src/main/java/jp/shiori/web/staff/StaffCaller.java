package jp.shiori.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Set;
import jp.shiori.staff.StaffRole;

/**
 * The staff member behind the current request: set by {@link StaffOnlyFilter} for REST operations and by the
 * staff login for screens. Services record {@link #actor()} in the audit log.
 */
@Named
@RequestScoped
public class StaffCaller {

    private String username;
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    void identify(String username, Set<StaffRole> roles) {
        this.username = username;
        this.roles = StaffRole.effective(roles);
    }

    public boolean known() {
        return username != null;
    }

    /** How the audit log names this caller: {@code staff:<username>}. */
    public String actor() {
        if (username == null) {
            throw new IllegalStateException("No staff member is known for this request");
        }
        return "staff:" + username;
    }

    public String username() {
        return username;
    }

    public boolean hasAny(StaffRole... wanted) {
        for (StaffRole role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
