package jp.shiori.ops;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starts and watches the application's batch jobs by name. */
public interface BatchJobs {

    /** Rebuilds the catalog search index from the database. */
    String CATALOG_REINDEX = "catalog-reindex";
    /** Imports a MARC file (parameters {@code importId}, {@code file}). */
    String MARC_IMPORT = "marc-import";

    /** Starts the job and returns its execution id. */
    long start(String jobName, Map<String, String> parameters);

    Optional<JobExecutionView> execution(long executionId);

    /** The latest runs of a job, newest first. */
    List<JobExecutionView> recent(String jobName, int max);
}
