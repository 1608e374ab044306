package jp.shiori.reminders.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.shiori.circulation.DueLoans;
import jp.shiori.common.LibraryClock;
import jp.shiori.ops.batch.IdPageReader;

/** Patrons with loans in the run's span, by id. */
@Named
@Dependent
public class DueReminderReader extends IdPageReader {

    @Inject
    DueLoans dueLoans;

    @Inject
    LibraryClock clock;

    @Inject
    @BatchProperty
    String daysBefore;

    @Override
    protected List<Long> page(long afterId, int max) {
        DueReminderSpan span = DueReminderSpan.of(clock.today(), daysBefore);
        return dueLoans.patronsWithLoansDue(span.from(), span.to(), afterId, max);
    }
}
