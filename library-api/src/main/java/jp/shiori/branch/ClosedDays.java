package jp.shiori.branch;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

/**
 * 休館日 of one branch from a day on, as far as the calendar looks ahead ({@link #HORIZON_DAYS}): the one calendar
 * that loan due dates, renewals and pickup deadlines are all counted on.
 */
public record ClosedDays(LocalDate from, Set<LocalDate> days) implements Predicate<LocalDate> {

    /** A year and a half: further than any loan, renewal or pickup deadline reaches. */
    public static final int HORIZON_DAYS = 550;

    public ClosedDays {
        days = Set.copyOf(days);
    }

    public static ClosedDays none(LocalDate from) {
        return new ClosedDays(from, Set.of());
    }

    public LocalDate until() {
        return from.plusDays(HORIZON_DAYS);
    }

    @Override
    public boolean test(LocalDate day) {
        return days.contains(day);
    }
}
