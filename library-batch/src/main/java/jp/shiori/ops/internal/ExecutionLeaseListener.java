package jp.shiori.ops.internal;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Every job takes a lease on its execution for as long as it runs (see {@link ExecutionLeases}). */
@Named
@Dependent
public class ExecutionLeaseListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    ExecutionLeases leases;

    @Override
    public void beforeJob() {
        leases.take(job.getExecutionId());
    }

    @Override
    public void afterJob() {
        leases.giveBack(job.getExecutionId());
    }
}
