package jp.shiori.reminders.batch;

import java.time.LocalDate;

/** The renewal dates a card-renewal-reminders run looks at: from today to {@code daysBefore} days ahead (30). */
record CardRenewalSpan(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS_BEFORE = 30;

    static CardRenewalSpan of(LocalDate today, String daysBefore) {
        int days =
                daysBefore == null || daysBefore.isBlank() ? DEFAULT_DAYS_BEFORE : Integer.parseInt(daysBefore.trim());
        return new CardRenewalSpan(today, today.plusDays(days));
    }
}
