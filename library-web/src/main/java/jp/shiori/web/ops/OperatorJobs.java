package jp.shiori.web.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.RefusedException;
import jp.shiori.ops.BatchJobs;
import jp.shiori.ops.JobCatalog;
import jp.shiori.ops.JobExecutionView;
import jp.shiori.ops.ScheduleChange;
import jp.shiori.ops.ScheduleExpression;

/**
 * What the operator's screen and REST share: the jobs an operator may start, their parameters checked before the
 * start, previews of a schedule, and a start that waits a little for a short job (the hold shelf's button).
 */
@ApplicationScoped
public class OperatorJobs {

    @Inject
    BatchJobs jobs;

    @Inject
    LibraryClock clock;

    /** The job an operator may start or schedule, or NOT_FOUND. */
    static JobCatalog job(String name) {
        return JobCatalog.byName(name)
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No job named '" + name + "'."));
    }

    public long start(String name, Map<String, String> parameters) {
        JobCatalog job = job(name);
        try {
            job.check(parameters);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(ErrorCode.BAD_REQUEST, e.getMessage());
        }
        return jobs.start(job.jobName(), parameters);
    }

    /**
     * Starts a job and waits up to {@code patience} for it to end; the execution as it then stands (still
     * running when the job is long).
     */
    public JobExecutionView startAndAwait(String name, Map<String, String> parameters, Duration patience) {
        long id = start(name, parameters);
        Instant deadline = Instant.now().plus(patience);
        JobExecutionView view = jobs.execution(id).orElseThrow();
        while (isUnfinished(view) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100); // polling the batch runtime, which offers no completion callback to a request
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            view = jobs.execution(id).orElseThrow();
        }
        return view;
    }

    private static boolean isUnfinished(JobExecutionView view) {
        return view.isRunning() || "STARTING".equals(view.status());
    }

    /** The next {@code count} ticks, or BAD_REQUEST with the reason the expression cannot be read. */
    public static List<ZonedDateTime> preview(String expression, String zone, int count) {
        return parse(expression, zone).next(Instant.now(), count);
    }

    static ScheduleExpression parse(String expression, String zone) {
        try {
            return ScheduleExpression.parse(
                    expression, Optional.ofNullable(zone).orElse(""));
        } catch (IllegalArgumentException e) {
            throw new RefusedException(ErrorCode.BAD_REQUEST, e.getMessage());
        }
    }

    /** A change as submitted, with absent parameters read as none. */
    static ScheduleChange complete(ScheduleChange change) {
        return new ScheduleChange(
                change.expression(),
                change.zone(),
                change.enabled(),
                change.parameters() == null ? Map.of() : change.parameters());
    }
}
