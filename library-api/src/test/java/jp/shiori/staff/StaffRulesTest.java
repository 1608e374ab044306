package jp.shiori.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.shiori.patron.PasswordProblem;
import org.junit.jupiter.api.Test;

/** Staff roles, login names and passwords. */
class StaffRulesTest {

    @Test
    void anAdministratorActsWithEveryRoleAndOthersOnlyWithTheirOwn() {
        assertEquals(EnumSet.allOf(StaffRole.class), StaffRole.effective(Set.of(StaffRole.ADMIN)));
        assertEquals(EnumSet.of(StaffRole.CIRCULATION), StaffRole.effective(Set.of(StaffRole.CIRCULATION)));
        assertEquals(EnumSet.noneOf(StaffRole.class), StaffRole.effective(Set.of()));
    }

    @Test
    void aDeactivatedMemberMayDoNothing() {
        StaffMember active = new StaffMember(1, "desk1", "窓口 一", Set.of(StaffRole.CIRCULATION), true, Instant.EPOCH);
        StaffMember gone = new StaffMember(2, "desk2", "窓口 二", Set.of(StaffRole.ADMIN), false, Instant.EPOCH);
        assertTrue(active.may(StaffRole.CIRCULATION));
        assertFalse(active.may(StaffRole.PATRONS));
        assertFalse(gone.may(StaffRole.CIRCULATION));
    }

    @Test
    void loginNamesAreFoldedToOneFormAndAnythingElseIsNoName() {
        assertEquals(Optional.of("desk.central"), StaffUsername.parse(" Desk.Central "));
        assertEquals(Optional.of("desk1"), StaffUsername.parse("ｄｅｓｋ１"), "full-width typing");
        assertEquals(Optional.empty(), StaffUsername.parse("ab"));
        assertEquals(Optional.empty(), StaffUsername.parse("a".repeat(65)));
        assertEquals(Optional.empty(), StaffUsername.parse("admin' or '1'='1"));
        assertEquals(Optional.empty(), StaffUsername.parse("<script>"));
        assertEquals(Optional.empty(), StaffUsername.parse(null));
        assertEquals(Optional.empty(), StaffUsername.parse("職員"));
    }

    @Test
    void staffPasswordsAreTwelveCharactersWithoutTheLoginName() {
        assertEquals(List.of(), StaffPasswordPolicy.problems("kushiro-desk-2026", "tanaka"));
        assertEquals(
                List.of(PasswordProblem.TOO_SHORT_FOR_STAFF),
                StaffPasswordPolicy.problems("kushiro-202", "tanaka"),
                "eleven characters");
        assertEquals(List.of(), StaffPasswordPolicy.problems("釧路市立図書館の職員です", "tanaka"), "twelve Japanese characters");
        assertEquals(
                List.of(PasswordProblem.CONTAINS_USERNAME),
                StaffPasswordPolicy.problems("my-TANAKA-password", "tanaka"));
        assertEquals(
                List.of(PasswordProblem.CONTAINS_USERNAME),
                StaffPasswordPolicy.problems("ｔａｎａｋａ-password", "tanaka"),
                "full-width letters are the same name");
        assertEquals(List.of(PasswordProblem.TOO_SHORT_FOR_STAFF), StaffPasswordPolicy.problems(null, "tanaka"));
        assertEquals(List.of(PasswordProblem.TOO_LONG), StaffPasswordPolicy.problems("x".repeat(129), "tanaka"));
        assertEquals(
                List.of(PasswordProblem.CONTROL_CHARACTERS),
                StaffPasswordPolicy.problems("twelve-chars\n-ok", "tanaka"));
    }
}
