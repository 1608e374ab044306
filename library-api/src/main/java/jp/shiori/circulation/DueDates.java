package jp.shiori.circulation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * 返却期限: a number of days from a start date; a date on which the owning branch is closed (休館日) moves to its
 * next open day, so nobody is due on a day they cannot return.
 */
public final class DueDates {

    /** A branch closed for longer than this is a mistake in the calendar, not a reason to lend for ever. */
    static final int MAX_CLOSED_RUN = 366;

    private DueDates() {}

    /** {@code from} plus {@code days}, moved past closed days. */
    public static LocalDate due(LocalDate from, int days, Predicate<LocalDate> closed) {
        Objects.requireNonNull(from, "from");
        if (days < 1) {
            throw new IllegalArgumentException("a loan lasts at least one day");
        }
        return nextOpenDay(from.plusDays(days), closed);
    }

    /** The date itself when the branch is open then, otherwise its next open day. */
    public static LocalDate nextOpenDay(LocalDate date, Predicate<LocalDate> closed) {
        LocalDate day = date;
        for (int i = 0; i < MAX_CLOSED_RUN; i++) {
            if (!closed.test(day)) {
                return day;
            }
            day = day.plusDays(1);
        }
        throw new IllegalStateException("the branch has no open day within a year of " + date);
    }
}
