package jp.shiori.alerts.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.shiori.alerts.NewArrivalMailing;

/** Last step of new-arrival-mail: the run is complete, the next one starts where it ended. */
@Named
@Dependent
public class NewArrivalRunComplete extends AbstractBatchlet {

    @Inject
    NewArrivalMailing mailing;

    @Inject
    JobContext job;

    @Override
    public String process() {
        mailing.complete(mailing.open(job.getInstanceId()).id());
        return "COMPLETED";
    }
}
