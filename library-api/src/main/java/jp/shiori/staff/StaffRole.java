package jp.shiori.staff;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a staff account may do. An account holds one or more roles; {@link #ADMIN} holds every role.
 * The names are the Jakarta Security groups of the staff screens and the REST operations.
 */
public enum StaffRole {
    /** 貸出・返却: the circulation desk, holds at the counter, the hold shelf. */
    CIRCULATION,
    /** 資料: catalog records, imports, items. */
    CATALOG,
    /** 利用者: registering and editing patrons, cards, passwords at the counter. */
    PATRONS,
    /** 運用: batch jobs, the mail outbox, OPAC terminals. */
    OPERATOR,
    /** 管理: staff accounts and the audit log; implies every other role. */
    ADMIN;

    /** The roles an account with these roles acts with: an administrator acts with all of them. */
    public static Set<StaffRole> effective(Set<StaffRole> granted) {
        if (granted.contains(ADMIN)) {
            return EnumSet.allOf(StaffRole.class);
        }
        return granted.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(granted);
    }
}
