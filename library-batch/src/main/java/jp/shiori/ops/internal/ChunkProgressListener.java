package jp.shiori.ops.internal;

import jakarta.batch.api.chunk.listener.AbstractItemWriteListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Counts what a chunk step wrote beside the execution's lease, so an operator watches the progress bar move while
 * the step runs: the batch runtime keeps a running step's metrics to itself until the step ends. A chunk that rolls
 * back after its items were written is counted all the same; the step's own metrics take over once it ends.
 */
@Named
@Dependent
public class ChunkProgressListener extends AbstractItemWriteListener {

    @Inject
    JobContext job;

    @Inject
    ExecutionLeases leases;

    @Override
    public void afterWrite(List<Object> items) {
        leases.wrote(job.getExecutionId(), items.size());
    }
}
