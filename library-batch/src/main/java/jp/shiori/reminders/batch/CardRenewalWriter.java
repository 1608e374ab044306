package jp.shiori.reminders.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.shiori.common.LibraryClock;
import jp.shiori.reminders.Notices;

/** One patron per transaction: a mail, or a line on the counter list, once per renewal date. */
@Named
@Dependent
public class CardRenewalWriter extends AbstractItemWriter {

    @Inject
    Notices notices;

    @Inject
    LibraryClock clock;

    @Override
    public void writeItems(List<Object> patronIds) {
        for (Object id : patronIds) {
            try {
                notices.remindOfCardRenewal((Long) id, clock.today());
            } catch (EJBException raced) {
                notices.remindOfCardRenewal((Long) id, clock.today());
            }
        }
    }
}
