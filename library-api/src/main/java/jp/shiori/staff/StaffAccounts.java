package jp.shiori.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** 職員アカウント: staff logins with roles, managed by administrators. */
public interface StaffAccounts {

    /**
     * Checks a staff login. An unknown name, a wrong password, a locked or a deactivated account are one
     * answer (empty), so nobody learns which accounts exist; failures count towards a lock like patrons'.
     */
    Optional<StaffMember> authenticate(String typedUsername, String password);

    Optional<StaffMember> member(long id);

    /** The account with this login name (as stored). */
    Optional<StaffMember> member(String username);

    List<StaffMember> members();

    /**
     * Creates an account (administrators).
     *
     * @throws jp.shiori.common.RefusedException BAD_REQUEST for a malformed name or a refused password,
     *         CONFLICT for a name in use
     */
    long create(NewStaffMember member, String actor);

    /** Changes an account's roles and whether it may log in; an administrator cannot lock themself out. */
    void update(long id, Set<StaffRole> roles, boolean active, String actor);

    /** Sets a new password for an account (administrators), checked by {@link StaffPasswordPolicy}. */
    void setPassword(long id, String password, String actor);

    /**
     * The first administrator, from configuration at the first start: created only while no staff account
     * exists at all. Returns whether it was created.
     */
    boolean createFirstAdministrator(String username, String password);
}
