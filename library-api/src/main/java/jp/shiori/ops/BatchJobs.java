package jp.shiori.ops;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starts, stops, restarts and watches the application's batch jobs by name. */
public interface BatchJobs {

    /** Rebuilds the catalog search index from the database. */
    String CATALOG_REINDEX = "catalog-reindex";
    /** Imports a MARC file (parameters {@code importId}, {@code file}). */
    String MARC_IMPORT = "marc-import";
    /** Cancels ready holds not collected by their deadline and passes the copies on. */
    String HOLD_EXPIRY = "hold-expiry";
    /** Mails patrons whose card renewal date is near; lists those without a verified address for the counter. */
    String CARD_RENEWAL_REMINDERS = "card-renewal-reminders";
    /** Mails due-date reminders and overdue notices, one digest per patron. */
    String DUE_DATE_REMINDERS = "due-date-reminders";

    /** Starts the job and returns its execution id. */
    long start(String jobName, Map<String, String> parameters);

    Optional<JobExecutionView> execution(long executionId);

    /** The latest runs of a job, newest first. */
    List<JobExecutionView> recent(String jobName, int max);

    /**
     * Asks a running execution to stop at its next checkpoint.
     *
     * @throws jp.shiori.common.RefusedException NOT_FOUND for an unknown execution, CONFLICT when it is not running
     */
    void stop(long executionId);

    /**
     * Restarts a failed or stopped execution from its last checkpoint; returns the new execution's id.
     *
     * @throws jp.shiori.common.RefusedException NOT_FOUND for an unknown execution, CONFLICT when it completed,
     *         is running or was restarted already
     */
    long restart(long executionId);
}
