package jp.shiori.alerts.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.shiori.alerts.NewArrivalMailing;
import jp.shiori.ops.JobProgress;

/** First step of new-arrival-mail: opens the run of this job instance and counts the active alerts. */
@Named
@Dependent
public class NewArrivalRunOpen extends AbstractBatchlet {

    @Inject
    NewArrivalMailing mailing;

    @Inject
    JobContext job;

    @Override
    public String process() {
        mailing.open(job.getInstanceId());
        return JobProgress.total(mailing.activeAlertCount());
    }
}
