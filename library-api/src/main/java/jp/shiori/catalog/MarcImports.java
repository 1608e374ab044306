package jp.shiori.catalog;

import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * MARC 21 import (ISO 2709 in UTF-8 or MARC-8, or MARCXML). A file is staged first (saved and counted),
 * then read in chunks by the marc-import batch job; every skipped record is kept with its reason.
 */
public interface MarcImports {

    /** Saves the uploaded file, counts its records and registers the import; returns the import id. */
    long stage(@NotNull String fileName, @NotNull InputStream data) throws IOException;

    /** Opens the staged file of an import for reading. */
    MarcRecordStream open(long importId) throws IOException;

    /** Marks the import as running (the job has started reading it). */
    void started(long importId);

    /**
     * Why a record cannot be stored, when it cannot: the reader could not use it, or the catalog refuses it. The
     * import job then skips it (a Jakarta Batch skippable exception) and records the reason with {@link #skip}.
     */
    Optional<String> refusal(@NotNull ImportRecord record);

    /** Records a skipped record with its reason, in the chunk's transaction. */
    void skip(long importId, @NotNull ImportRecord record, @NotNull String reason);

    /**
     * Stores a chunk of usable records in one transaction: creates or revises titles. Everything is flushed
     * before it returns, so that a conflict with a concurrent import surfaces here (the job retries the chunk
     * record by record) and not at the chunk's commit.
     */
    void store(long importId, @NotNull List<ImportRecord> chunk);

    /** Ends the import; its staged file is deleted. */
    void finish(long importId, boolean failed);

    Optional<ImportReport> report(long importId);

    /** The latest imports, newest first (problems left out). */
    List<ImportReport> recent(int max);
}
