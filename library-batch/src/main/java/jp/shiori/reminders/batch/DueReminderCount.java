package jp.shiori.reminders.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.shiori.circulation.DueLoans;
import jp.shiori.common.LibraryClock;
import jp.shiori.ops.JobProgress;

/** First step of due-date-reminders: how many patrons have loans due soon or overdue. */
@Named
@Dependent
public class DueReminderCount extends AbstractBatchlet {

    @Inject
    DueLoans dueLoans;

    @Inject
    LibraryClock clock;

    @Inject
    @BatchProperty
    String daysBefore;

    @Override
    public String process() {
        DueReminderSpan span = DueReminderSpan.of(clock.today(), daysBefore);
        return JobProgress.total(dueLoans.countPatronsWithLoansDue(span.from(), span.to()));
    }
}
