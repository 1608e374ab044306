package jp.shiori.holds.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.shiori.common.LibraryClock;
import jp.shiori.holds.HoldExpiry;
import jp.shiori.ops.batch.IdPageReader;

/** The ids of ready holds past their deadline, by id; a restart resumes after the last checkpoint. */
@Named
@Dependent
public class ExpiredHoldReader extends IdPageReader {

    @Inject
    HoldExpiry expiry;

    @Inject
    LibraryClock clock;

    @Override
    protected List<Long> page(long afterId, int max) {
        return expiry.pastDeadline(clock.today(), afterId, max);
    }
}
