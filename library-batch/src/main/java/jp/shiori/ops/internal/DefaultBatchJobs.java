package jp.shiori.ops.internal;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.ops.BatchJobs;
import jp.shiori.ops.JobExecutionView;
import jp.shiori.ops.JobProgress;

/**
 * Jobs started through Jakarta Batch's {@link JobOperator}. Progress is what the chunk steps wrote
 * (their WRITE_COUNT metrics) against the total that a job's counting step leaves as its exit status
 * ("total=N", see {@link JobProgress}), so every chunk job reports progress the same way. While a step runs, the
 * runtime keeps its metrics to itself: the count {@link ChunkProgressListener} keeps beside the lease stands in.
 */
@ValidateOnExecution
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultBatchJobs implements BatchJobs {

    private static final Set<BatchStatus> RUNNING =
            EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @Inject
    ExecutionLeases leases;

    @Override
    public long start(String jobName, Map<String, String> parameters) {
        Properties properties = new Properties();
        properties.putAll(parameters);
        return BatchRuntime.getJobOperator().start(jobName, properties);
    }

    @Override
    public Optional<JobExecutionView> execution(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            return Optional.of(view(operator, leases, operator.getJobExecution(executionId)));
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<JobExecutionView> recent(String jobName, int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobExecutionView> views = new ArrayList<>();
        try {
            for (JobInstance instance : operator.getJobInstances(jobName, 0, max)) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    views.add(view(operator, leases, execution));
                }
            }
        } catch (NoSuchJobException neverRun) {
            return List.of();
        }
        views.sort(Comparator.comparingLong(JobExecutionView::executionId).reversed());
        return views.size() > max ? views.subList(0, max) : views;
    }

    @Override
    public void stop(long executionId) {
        try {
            BatchRuntime.getJobOperator().stop(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No job execution " + executionId + ".");
        } catch (JobExecutionNotRunningException e) {
            throw new RefusedException(ErrorCode.CONFLICT, "Job execution " + executionId + " is not running.");
        }
    }

    @Override
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution;
        try {
            execution = operator.getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No job execution " + executionId + ".");
        }
        String status = execution.getBatchStatus().name();
        if (!"FAILED".equals(status) && !"STOPPED".equals(status)) {
            throw new RefusedException(
                    ErrorCode.CONFLICT,
                    "Job execution " + executionId + " is " + status
                            + "; only a failed or stopped execution can be restarted.");
        }
        try {
            return operator.restart(executionId, execution.getJobParameters());
        } catch (JobExecutionAlreadyCompleteException e) {
            throw new RefusedException(ErrorCode.CONFLICT, "Job execution " + executionId + " completed already.");
        } catch (JobExecutionNotMostRecentException e) {
            throw new RefusedException(
                    ErrorCode.CONFLICT,
                    "Job execution " + executionId + " was restarted already; restart its latest execution.");
        } catch (JobRestartException e) {
            throw new RefusedException(
                    ErrorCode.CONFLICT, "Job execution " + executionId + " cannot be restarted: " + e.getMessage());
        }
    }

    private static JobExecutionView view(JobOperator operator, ExecutionLeases leases, JobExecution e) {
        long done = 0;
        long total = 0;
        List<JobExecutionView.StepView> steps = new ArrayList<>();
        for (StepExecution step : operator.getStepExecutions(e.getExecutionId())) {
            Map<Metric.MetricType, Long> metrics = new HashMap<>();
            for (Metric m : step.getMetrics()) {
                metrics.merge(m.getType(), m.getValue(), Long::sum);
            }
            total = Math.max(total, JobProgress.totalIn(step.getExitStatus()));
            long skipped = metrics.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L)
                    + metrics.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L)
                    + metrics.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L);
            done += metrics.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L) + skipped; // a skipped record is done too
            steps.add(new JobExecutionView.StepView(
                    step.getStepName(),
                    step.getBatchStatus().name(),
                    metrics.getOrDefault(Metric.MetricType.READ_COUNT, 0L),
                    metrics.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
                    skipped,
                    metrics.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L)));
        }
        if (RUNNING.contains(e.getBatchStatus())) {
            done = Math.max(done, leases.written(e.getExecutionId()));
        }
        Map<String, String> parameters = new HashMap<>();
        Properties p = e.getJobParameters();
        if (p != null) {
            p.stringPropertyNames().forEach(n -> parameters.put(n, p.getProperty(n)));
        }
        return new JobExecutionView(
                e.getExecutionId(),
                e.getJobName(),
                e.getBatchStatus().name(),
                e.getExitStatus(),
                instant(e.getStartTime()),
                instant(e.getEndTime()),
                done,
                total,
                parameters,
                steps);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
