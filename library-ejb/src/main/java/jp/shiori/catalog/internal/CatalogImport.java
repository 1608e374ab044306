package jp.shiori.catalog.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.shiori.catalog.ImportProblem;
import jp.shiori.catalog.ImportReport;
import jp.shiori.catalog.ImportReport.ImportState;

/** One import of a MARC file: its progress, counts and the records it skipped with their reasons. */
@Entity
@Table(name = "catalog_import")
@NamedQuery(name = CatalogImport.NEWEST_FIRST, query = "select i from CatalogImport i order by i.id desc")
public class CatalogImport {

    static final String NEWEST_FIRST = "CatalogImport.newestFirst";
    private static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "stored_file", nullable = false, length = 1000)
    private String storedFile;

    @Column(name = "record_total", nullable = false)
    private int recordTotal;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportState state;

    @Column(name = "records_read", nullable = false)
    private int recordsRead;

    @Column(nullable = false)
    private int created;

    @Column(nullable = false)
    private int updated;

    @Column(nullable = false)
    private int skipped;

    @ElementCollection
    @CollectionTable(name = "catalog_import_problem", joinColumns = @JoinColumn(name = "import_id"))
    @OrderBy("recordNumber")
    private List<Problem> problems = new ArrayList<>();

    @Version
    private long version;

    protected CatalogImport() {
        // for JPA
    }

    public CatalogImport(String fileName, String storedFile, int recordTotal, Instant now) {
        this.fileName = ContributorEntry.truncate(fileName, 255);
        this.storedFile = storedFile;
        this.recordTotal = recordTotal;
        this.startedAt = now;
        this.state = ImportState.WAITING;
    }

    void start() {
        state = ImportState.RUNNING;
    }

    void stored(boolean createdTitle) {
        recordsRead++;
        if (createdTitle) {
            created++;
        } else {
            updated++;
        }
    }

    void skip(int recordNumber, String controlNumber, String reason) {
        recordsRead++;
        skipped++;
        problems.add(new Problem(
                recordNumber,
                ContributorEntry.truncate(controlNumber, 64),
                ContributorEntry.truncate(reason == null ? "unreadable record" : reason, MAX_REASON)));
    }

    void finish(boolean failed, Instant now) {
        state = failed ? ImportState.FAILED : ImportState.COMPLETED;
        finishedAt = now;
    }

    Long id() {
        return id;
    }

    String storedFile() {
        return storedFile;
    }

    ImportReport report(boolean withProblems) {
        return new ImportReport(
                id,
                fileName,
                state,
                startedAt,
                finishedAt,
                recordTotal,
                recordsRead,
                created,
                updated,
                skipped,
                withProblems
                        ? problems.stream()
                                .map(p -> new ImportProblem(p.recordNumber, p.controlNumber, p.reason))
                                .toList()
                        : List.of());
    }

    /** A skipped record (table catalog_import_problem). */
    @Embeddable
    public static class Problem {
        @Column(name = "record_number", nullable = false)
        private int recordNumber;

        @Column(name = "control_number", length = 64)
        private String controlNumber;

        @Column(nullable = false, length = MAX_REASON)
        private String reason;

        protected Problem() {
            // for JPA
        }

        Problem(int recordNumber, String controlNumber, String reason) {
            this.recordNumber = recordNumber;
            this.controlNumber = controlNumber;
            this.reason = reason;
        }
    }
}
