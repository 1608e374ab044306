package jp.shiori.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import jp.shiori.staff.StaffAccounts;
import jp.shiori.staff.StaffMember;
import jp.shiori.staff.StaffRole;
import jp.shiori.web.security.Roles;

/**
 * Staff log in with their account; the caller is {@code staff:<login name>} in the groups {@code STAFF} and
 * each of the account's effective roles.
 */
@ApplicationScoped
public class StaffIdentityStore {

    public static final String STAFF_GROUP = Roles.STAFF;
    static final String CALLER_PREFIX = "staff:";

    @Inject
    StaffAccounts accounts;

    public CredentialValidationResult validate(StaffCredential credential) {
        Optional<StaffMember> member = accounts.authenticate(credential.getCaller(), credential.getPasswordAsString());
        return member.filter(StaffMember::active)
                .map(m -> new CredentialValidationResult(CALLER_PREFIX + m.username(), groups(m)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** A staff client's bearer token names the account: valid while the account is active. */
    public CredentialValidationResult validate(long staffId) {
        return accounts.member(staffId)
                .filter(StaffMember::active)
                .map(m -> new CredentialValidationResult(CALLER_PREFIX + m.username(), groups(m)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    static Set<String> groups(StaffMember member) {
        Set<String> groups = new HashSet<>();
        groups.add(STAFF_GROUP);
        StaffRole.effective(member.roles()).forEach(role -> groups.add(role.name()));
        return groups;
    }

    /** The login name of a caller this store authenticated, or null for anyone else. */
    static String username(String callerName) {
        return callerName != null && callerName.startsWith(CALLER_PREFIX)
                ? callerName.substring(CALLER_PREFIX.length())
                : null;
    }
}
