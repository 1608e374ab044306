package jp.shiori.circulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void aLoanIsDueFourteenDaysLaterWhenTheBranchIsOpenThen() {
        assertEquals(LocalDate.of(2026, 11, 16), DueDates.due(MONDAY, 14, day -> false));
    }

    @Test
    void aDueDateOnAClosedDayMovesToTheNextOpenDay() {
        Set<LocalDate> closed = Set.of(LocalDate.of(2026, 11, 16));
        assertEquals(LocalDate.of(2026, 11, 17), DueDates.due(MONDAY, 14, closed::contains));
    }

    @Test
    void severalClosedDaysInARowAreAllSkipped() {
        // 年末年始: closed from 29 December to 3 January.
        Set<LocalDate> closed = Set.of(
                LocalDate.of(2026, 12, 29),
                LocalDate.of(2026, 12, 30),
                LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 2),
                LocalDate.of(2027, 1, 3));
        assertEquals(LocalDate.of(2027, 1, 4), DueDates.due(LocalDate.of(2026, 12, 15), 14, closed::contains));
    }

    @Test
    void aWeeklyClosingDayIsSkippedToo() {
        LocalDate due = DueDates.due(LocalDate.of(2026, 11, 1), 14, day -> day.getDayOfWeek() == DayOfWeek.SUNDAY);
        assertEquals(LocalDate.of(2026, 11, 16), due);
    }

    @Test
    void aBranchThatNeverOpensIsAnErrorNotAnEndlessLoan() {
        assertThrows(IllegalStateException.class, () -> DueDates.due(MONDAY, 14, day -> true));
        assertThrows(IllegalArgumentException.class, () -> DueDates.due(MONDAY, 0, day -> false));
    }
}
