package jp.shiori.web.security;

/**
 * The role names of {@code @RolesAllowed} and web.xml: {@link #PATRON} for a patron's own operations,
 * {@link #STAFF} for any staff account, and one per {@link jp.shiori.staff.StaffRole} (an administrator holds all).
 */
public final class Roles {

    public static final String PATRON = "PATRON";
    public static final String STAFF = "STAFF";
    public static final String CIRCULATION = "CIRCULATION";
    public static final String CATALOG = "CATALOG";
    public static final String PATRONS = "PATRONS";
    public static final String OPERATOR = "OPERATOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
