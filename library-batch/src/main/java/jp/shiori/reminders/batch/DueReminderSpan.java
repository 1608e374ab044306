package jp.shiori.reminders.batch;

import java.time.LocalDate;

/**
 * The due dates a due-date-reminders run looks at: every overdue loan (the ledger sends each notice once) and
 * those due within {@code daysBefore} days (default 2).
 */
record DueReminderSpan(LocalDate today, LocalDate from, LocalDate to, int daysBefore) {

    static final int DEFAULT_DAYS_BEFORE = 2;

    static DueReminderSpan of(LocalDate today, String daysBefore) {
        int days =
                daysBefore == null || daysBefore.isBlank() ? DEFAULT_DAYS_BEFORE : Integer.parseInt(daysBefore.trim());
        return new DueReminderSpan(today, today.minusYears(100), today.plusDays(days), days);
    }
}
