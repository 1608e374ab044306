package jp.shiori.catalog;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An import of a MARC file: how far it is, what it created or revised, and what it skipped and why. */
public record ImportReport(
        long id,
        String fileName,
        ImportState state,
        Instant startedAt,
        Instant finishedAt,
        int recordTotal,
        int recordsRead,
        int created,
        int updated,
        int skipped,
        List<ImportProblem> problems)
        implements Serializable {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** Where an import stands. */
    public enum ImportState {
        WAITING,
        RUNNING,
        COMPLETED,
        FAILED
    }
}
