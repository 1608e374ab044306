package jp.shiori.alerts;

import java.time.Instant;
import java.util.List;

/**
 * The daily new-arrival mailing (Jakarta Batch job {@value #JOB_NAME}, scheduled through the operations
 * schedules): a run covers the titles that arrived since the last completed run; every active alert gets one
 * mail listing its matches that it has not mailed before. A restart of the same job instance keeps its window.
 */
public interface NewArrivalMailing {

    /** The job's name (META-INF/batch-jobs/new-arrival-mail.xml). */
    String JOB_NAME = "new-arrival-mail";
    /** Optional job parameter: where links in the mail point (else LIBRARY_PUBLIC_URL, else localhost:8080). */
    String LINK_BASE = "linkBase";

    /**
     * The run of this job instance: opened at its first execution with the window from the end of the last
     * completed run (less an overlap that the ledger makes harmless) to now; the same run again on a restart.
     */
    Run open(long jobInstanceId);

    /** The number of active alerts, for the job's progress. */
    long activeAlertCount();

    /** Up to {@code limit} ids of active alerts greater than {@code afterId}, ascending. */
    List<Long> activeAlertsAfter(long afterId, int limit);

    /**
     * Mails these alerts their new matches in the run's window, in the caller's transaction: per alert one
     * outbox mail and one ledger row per title listed, so a title is mailed at most once per alert.
     *
     * @return the number of mails written
     */
    int mail(long runId, List<Long> alertIds, String linkBase);

    /** Marks the run completed: the next run starts where it ended. */
    void complete(long runId);

    /** A run's window, [from, to). */
    record Run(long id, Instant from, Instant to) {}
}
