package jp.shiori.reminders.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.shiori.common.LibraryClock;
import jp.shiori.ops.batch.IdPageReader;
import jp.shiori.patron.PatronProfile;
import jp.shiori.patron.PatronReminders;

/** Patrons whose card renews within the span, by id. */
@Named
@Dependent
public class CardRenewalReader extends IdPageReader {

    @Inject
    PatronReminders patrons;

    @Inject
    LibraryClock clock;

    @Inject
    @BatchProperty
    String daysBefore;

    @Override
    protected List<Long> page(long afterId, int max) {
        CardRenewalSpan span = CardRenewalSpan.of(clock.today(), daysBefore);
        return patrons.cardsRenewingBetween(span.from(), span.to(), afterId, max).stream()
                .map(PatronProfile::id)
                .toList();
    }
}
