package jp.shiori.reminders.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.shiori.common.LibraryClock;
import jp.shiori.reminders.Notices;

/**
 * One patron per transaction (the notices service's): a digest of the loans due soon and the overdue notices.
 * When another instance told the same patron at the same moment, the ledger's unique key rolls this one back
 * and the second try finds nothing left to tell.
 */
@Named
@Dependent
public class DueReminderWriter extends AbstractItemWriter {

    @Inject
    Notices notices;

    @Inject
    LibraryClock clock;

    @Inject
    @BatchProperty
    String daysBefore;

    @Override
    public void writeItems(List<Object> patronIds) {
        DueReminderSpan span = DueReminderSpan.of(clock.today(), daysBefore);
        for (Object id : patronIds) {
            try {
                notices.remindOfDueLoans((Long) id, span.today(), span.daysBefore());
            } catch (EJBException raced) {
                notices.remindOfDueLoans((Long) id, span.today(), span.daysBefore());
            }
        }
    }
}
