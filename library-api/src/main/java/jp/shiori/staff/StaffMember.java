package jp.shiori.staff;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A staff account as the back office shows it. {@code roles} are the granted ones; what the member may do
 * is {@link StaffRole#effective(Set)}.
 */
public record StaffMember(
        long id, String username, String displayName, Set<StaffRole> roles, boolean active, Instant createdAt)
        implements Serializable {

    public boolean may(StaffRole role) {
        return active && StaffRole.effective(roles).contains(role);
    }

    /** For screens (EL does not read record components as properties). */
    public String getRoleList() {
        return roles.stream()
                .map(Enum::name)
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }
}
