package jp.shiori.ops.internal;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import jp.shiori.ops.BatchJobs;
import jp.shiori.ops.JobExecutionView;
import jp.shiori.ops.JobProgress;

/**
 * Jobs started through Jakarta Batch's {@link JobOperator}. Progress is what the chunk steps wrote
 * (their WRITE_COUNT metrics) against the total that a job's counting step leaves as its exit status
 * ("total=N", see {@link JobProgress}), so every chunk job reports progress the same way.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultBatchJobs implements BatchJobs {

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
            return Optional.of(view(operator, operator.getJobExecution(executionId)));
        } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
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
                    views.add(view(operator, execution));
                }
            }
        } catch (NoSuchJobException neverRun) {
            return List.of();
        }
        views.sort(Comparator.comparingLong(JobExecutionView::executionId).reversed());
        return views.size() > max ? views.subList(0, max) : views;
    }

    private static JobExecutionView view(JobOperator operator, JobExecution e) {
        long done = 0;
        long total = 0;
        for (StepExecution step : operator.getStepExecutions(e.getExecutionId())) {
            for (Metric m : step.getMetrics()) {
                if (m.getType() == Metric.MetricType.WRITE_COUNT) {
                    done += m.getValue();
                }
            }
            total = Math.max(total, JobProgress.totalIn(step.getExitStatus()));
        }
        Map<String, String> parameters = new HashMap<>();
        Properties p = e.getJobParameters();
        if (p != null) {
            p.stringPropertyNames().forEach(n -> parameters.put(n, p.getProperty(n)));
        }
        return new JobExecutionView(e.getExecutionId(), e.getJobName(), e.getBatchStatus().name(), e.getExitStatus(),
                instant(e.getStartTime()), instant(e.getEndTime()), done, total, parameters);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
