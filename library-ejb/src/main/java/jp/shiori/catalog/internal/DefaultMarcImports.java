package jp.shiori.catalog.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import jp.shiori.catalog.ImportRecord;
import jp.shiori.catalog.ImportReport;
import jp.shiori.catalog.MarcImports;
import jp.shiori.catalog.MarcRecordStream;
import jp.shiori.catalog.StoredTitle;
import jp.shiori.catalog.TitlesChanged;
import jp.shiori.catalog.internal.marc.MarcFiles;
import jp.shiori.catalog.internal.marc.MarcReadResult;
import jp.shiori.catalog.internal.marc.MarcTitleReader;
import jp.shiori.catalog.internal.search.Installation;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.RefusedException;

/**
 * MARC imports: files are staged in {@code LIBRARY_IMPORT_DIR} (else {@code shiori-imports} in the Payara
 * instance directory), read by the marc-import job, stored chunk by chunk. A record the reader cannot
 * use, or one the catalog refuses, is skipped by the job and recorded with its reason; the import goes on.
 */
@ValidateOnExecution
@Stateless
public class DefaultMarcImports implements MarcImports {

    private static final Logger LOG = Logger.getLogger(DefaultMarcImports.class.getName());

    @Inject
    private LibraryClock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<TitlesChanged> changes;

    @Override
    public long stage(String fileName, InputStream data) throws IOException {
        Path directory = stagingDirectory();
        Files.createDirectories(directory);
        Path staged = directory.resolve(UUID.randomUUID() + ".marc");
        Files.copy(data, staged, StandardCopyOption.REPLACE_EXISTING);
        int total = MarcFiles.countRecords(staged);
        CatalogImport started = new CatalogImport(fileName, staged.toString(), total, clock.now());
        em.persist(started);
        em.flush();
        return started.id();
    }

    @Override
    public MarcRecordStream open(long importId) throws IOException {
        MarcTitleReader reader =
                new MarcTitleReader(Files.newInputStream(Path.of(find(importId).storedFile())));
        return new MarcRecordStream() {
            @Override
            public Optional<ImportRecord> next() throws IOException {
                return reader.next()
                        .map(r -> r instanceof MarcReadResult.Read read
                                ? ImportRecord.read(read.recordNumber(), read.draft())
                                : skipped((MarcReadResult.Skipped) r));
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }

    private static ImportRecord skipped(MarcReadResult.Skipped s) {
        return ImportRecord.skipped(s.recordNumber(), s.controlNumber(), s.reason());
    }

    @Override
    public void started(long importId) {
        find(importId).start();
    }

    @Override
    public Optional<String> refusal(ImportRecord record) {
        if (record.isSkipped()) {
            return Optional.of(record.skipReason() == null ? "unreadable record" : record.skipReason());
        }
        return TitleStore.refusal(record.draft());
    }

    @Override
    public void skip(long importId, ImportRecord record, String reason) {
        find(importId).skip(record.recordNumber(), record.controlNumber(), reason);
    }

    @Override
    public void store(long importId, List<ImportRecord> chunk) {
        // one import chunk at a time: a chunk of another import then finds the titles this one created instead of
        // colliding on their unique key; a cataloguer's store at the same moment is the rare case the job retries
        em.createNamedQuery(Installation.ALL, Installation.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        CatalogImport imported = find(importId);
        TitleStore titles = new TitleStore(em);
        Instant now = clock.now();
        Set<Long> changed = new HashSet<>();
        for (ImportRecord record : chunk) {
            StoredTitle stored = titles.store(record.draft(), now);
            imported.stored(stored.created());
            changed.add(stored.id());
        }
        em.flush();
        if (!changed.isEmpty()) {
            changes.fire(new TitlesChanged(changed));
        }
    }

    @Override
    public void finish(long importId, boolean failed) {
        CatalogImport imported = find(importId);
        imported.finish(failed, clock.now());
        try {
            Files.deleteIfExists(Path.of(imported.storedFile()));
        } catch (IOException e) {
            LOG.warning("Could not delete the staged file of import " + importId + ": " + e);
        }
    }

    @Override
    public Optional<ImportReport> report(long importId) {
        return Optional.ofNullable(em.find(CatalogImport.class, importId)).map(i -> i.report(true));
    }

    @Override
    public List<ImportReport> recent(int max) {
        return em.createNamedQuery(CatalogImport.NEWEST_FIRST, CatalogImport.class)
                .setMaxResults(max)
                .getResultStream()
                .map(i -> i.report(false))
                .toList();
    }

    private CatalogImport find(long importId) {
        CatalogImport imported = em.find(CatalogImport.class, importId);
        if (imported == null) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No import has the id " + importId + ".");
        }
        return imported;
    }

    private static Path stagingDirectory() {
        String configured = System.getenv("LIBRARY_IMPORT_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(
                System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir")), "shiori-imports");
    }
}
