package jp.shiori.holds.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.shiori.common.LibraryClock;
import jp.shiori.holds.HoldExpiry;
import jp.shiori.ops.JobProgress;

/** First step of hold-expiry: how many ready holds are past their deadline today, for the progress bar. */
@Named
@Dependent
public class ExpiredHoldCount extends AbstractBatchlet {

    @Inject
    HoldExpiry expiry;

    @Inject
    LibraryClock clock;

    @Override
    public String process() {
        return JobProgress.total(expiry.countPastDeadline(clock.today()));
    }
}
