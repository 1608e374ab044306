package jp.shiori.reminders.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.shiori.common.LibraryClock;
import jp.shiori.ops.JobProgress;
import jp.shiori.patron.PatronReminders;

/** First step of card-renewal-reminders: how many cards renew within the span. */
@Named
@Dependent
public class CardRenewalCount extends AbstractBatchlet {

    @Inject
    PatronReminders patrons;

    @Inject
    LibraryClock clock;

    @Inject
    @BatchProperty
    String daysBefore;

    @Override
    public String process() {
        CardRenewalSpan span = CardRenewalSpan.of(clock.today(), daysBefore);
        return JobProgress.total(patrons.countCardsRenewingBetween(span.from(), span.to()));
    }
}
