package jp.shiori.alerts.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.shiori.alerts.NewArrivalMailing;
import jp.shiori.ops.batch.IdPageReader;

/** Reads the ids of active alerts in ascending order, a page at a time; the checkpoint is the last id read. */
@Named
@Dependent
public class ActiveAlertReader extends IdPageReader {

    @Inject
    NewArrivalMailing mailing;

    @Override
    protected List<Long> page(long afterId, int max) {
        return mailing.activeAlertsAfter(afterId, max);
    }
}
