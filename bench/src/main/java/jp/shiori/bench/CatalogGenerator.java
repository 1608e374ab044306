package jp.shiori.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import jp.shiori.bench.CatalogModel.BenchTitle;
import jp.shiori.bench.CatalogModel.Contributor;
import jp.shiori.bench.Holdings.BenchItem;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the benchmark catalog ({@link CatalogModel}, {@link Holdings}) into Shiori's PostgreSQL schema with
 * {@code COPY ... FROM STDIN}, in one transaction: titles, their contributors, ISBNs and subjects, then the
 * items. Rows carry {@code source = 'BENCH'}; a database that already holds them is refused unless
 * {@code --replace} is given, which deletes them (and their items) first.
 *
 * <pre>
 * java -cp target/shiori-bench.jar jp.shiori.bench.CatalogGenerator \
 *     --url jdbc:postgresql://127.0.0.1:5432/shiori_bench --user postgres [--password ...] \
 *     [--titles 500000] [--items 1000000] [--seed 42] [--as-of 2026-11-29] [--replace] [--aozora file.csv]
 * java -cp target/shiori-bench.jar jp.shiori.bench.CatalogGenerator --sample 30   (print, no database)
 * </pre>
 */
public final class CatalogGenerator {

    private static final String USAGE = """
            usage: CatalogGenerator --url jdbc:postgresql://HOST:PORT/DB [--user U] [--password P]
                                    [--titles 500000] [--items 1000000] [--seed 42] [--as-of YYYY-MM-DD]
                                    [--replace] [--aozora list_person_all_utf8_2017.csv]
                   CatalogGenerator --sample N [--seed 42] [--titles N]   prints N titles and items, no database
            Same arguments (including --as-of, which defaults to today) give the same rows.""";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CatalogModel catalog;
    private final Holdings holdings;
    private final int titles;
    private final long items;
    private final List<Long> branchIds;

    private CatalogGenerator(CatalogModel catalog, Holdings holdings, int titles, long items, List<Long> branchIds) {
        this.catalog = catalog;
        this.holdings = holdings;
        this.titles = titles;
        this.items = items;
        this.branchIds = branchIds;
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("CatalogGenerator: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (IllegalStateException e) {
            System.err.println("CatalogGenerator: " + e.getMessage());
            System.exit(3);
        } catch (SQLException e) {
            System.err.println("CatalogGenerator: database error, nothing was committed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The exit code: 0 when the catalog was written (or the sample printed). */
    public static int run(String... args) throws SQLException {
        Options o = Options.parse(args,
                Set.of("url", "user", "password", "titles", "items", "seed", "as-of", "aozora", "sample"),
                Set.of("replace", "help"));
        if (o.flag("help")) {
            System.out.println(USAGE);
            return 0;
        }
        int titles = o.integer("titles", 500_000);
        long items = o.number("items", 1_000_000L);
        long seed = o.number("seed", 42L);
        LocalDate asOf = LocalDate.parse(o.text("as-of", LocalDate.now().toString()));
        if (titles < 1 || items < 0) {
            throw new IllegalArgumentException("--titles must be at least 1 and --items at least 0");
        }
        long started = System.nanoTime();
        Vocabulary vocabulary = Vocabulary.load(Path.of(o.text("aozora", Vocabulary.DEFAULT_AOZORA.toString())));
        CatalogModel catalog = new CatalogModel(vocabulary, seed, asOf);

        int sample = o.integer("sample", 0);
        if (sample > 0) {
            printSample(catalog, seed, titles, sample);
            return 0;
        }
        String url = o.text("url", null);
        if (url == null) {
            throw new IllegalArgumentException("--url is required");
        }
        Properties login = o.databaseLogin();
        System.out.printf("Generating %,d titles and %,d items (seed %d, as of %s) into %s%n", titles, items, seed,
                asOf, url);
        try (Connection db = DriverManager.getConnection(url, login)) {
            db.setAutoCommit(false);
            requireSchema(db);
            replaceOrRefuse(db, o.flag("replace"));
            List<String> codes = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("select id, code from branch order by display_order, id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    codes.add(rs.getString(2));
                }
            }
            if (ids.isEmpty()) {
                throw new IllegalStateException("the database has no branches (is the seed loaded?)");
            }
            System.out.println("Branches: " + String.join(", ", codes));
            Holdings holdings = new Holdings(catalog, seed, titles, items, codes);
            new CatalogGenerator(catalog, holdings, titles, items, ids).load(db);
            db.commit();
        }
        System.out.printf("Total %.1f s%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static void requireSchema(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select to_regclass('title') is not null and to_regclass('item') is not null")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new IllegalStateException("the database has no catalog tables: deploy Shiori against it first "
                        + "(Flyway creates the schema), or run the migrations with psql");
            }
        }
    }

    private static void replaceOrRefuse(Connection db, boolean replace) throws SQLException {
        long existing;
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from title where source = '" + CatalogModel.SOURCE + "'")) {
            rs.next();
            existing = rs.getLong(1);
        }
        if (existing == 0) {
            return;
        }
        if (!replace) {
            throw new IllegalStateException(String.format(
                    "the database already holds %,d BENCH titles; give --replace to delete them and load afresh", existing));
        }
        long t0 = System.nanoTime();
        try (Statement s = db.createStatement()) {
            int deletedItems = s.executeUpdate("delete from item where title_id in (select id from title where source = '"
                    + CatalogModel.SOURCE + "')");
            int deletedTitles = s.executeUpdate("delete from title where source = '" + CatalogModel.SOURCE + "'");
            System.out.printf("Deleted %,d BENCH titles and %,d items in %.1f s%n", deletedTitles, deletedItems,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    private void load(Connection db) throws SQLException {
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        long firstTitleId = nextId(db, "title");
        long firstItemId = nextId(db, "item");
        long t0 = System.nanoTime();
        Tally tally = new Tally();
        long loaded = 0;

        loaded += copyPerTitle(copy, firstTitleId, "title", "id, source, source_id, title, title_reading, publisher, "
                + "publication_year, ndc, material_type, language, series_title, volume, summary, created_at, updated_at, "
                + "version", (rows, id, t) -> {
                    tally.count(t);
                    rows.number(id).text(CatalogModel.SOURCE).text(t.sourceId()).text(t.title()).text(t.reading())
                            .text(t.publisher()).number(t.year()).text(t.ndc()).text(t.materialType()).text(t.language())
                            .text(t.series()).text(t.volume()).text(t.summary()).text(TIMESTAMP.format(t.createdAt()))
                            .text(TIMESTAMP.format(t.updatedAt())).number(0);
                    rows.endRow();
                });
        loaded += copyPerTitle(copy, firstTitleId, "title_contributor", "title_id, position, name, reading, role",
                (rows, id, t) -> {
                    for (int p = 0; p < t.contributors().size(); p++) {
                        Contributor c = t.contributors().get(p);
                        rows.number(id).number(p).text(c.name()).text(c.reading()).text(c.role());
                        rows.endRow();
                    }
                });
        loaded += copyPerTitle(copy, firstTitleId, "title_isbn", "title_id, isbn13", (rows, id, t) -> {
            if (t.isbn() != null) {
                rows.number(id).text(t.isbn());
                rows.endRow();
            }
        });
        loaded += copyPerTitle(copy, firstTitleId, "title_subject", "title_id, position, heading", (rows, id, t) -> {
            for (int p = 0; p < t.subjects().size(); p++) {
                rows.number(id).number(p).text(t.subjects().get(p));
                rows.endRow();
            }
        });
        try (CopyRows rows = new CopyRows(copy, "item", "id, barcode, title_id, branch_id, shelf_location, call_number, "
                + "loanable, status, due_on, acquired_on, version")) {
            Progress progress = new Progress("item", items);
            for (long j = 0; j < items; j++) {
                BenchItem item = holdings.item(j);
                tally.count(item);
                rows.number(firstItemId + j).text(item.barcode()).number(firstTitleId + item.titleIndex())
                        .number(branchIds.get(item.branch())).text(item.shelfLocation()).text(item.callNumber())
                        .bool(item.loanable()).text(item.status()).value(item.dueOn()).value(item.acquiredOn()).number(0);
                rows.endRow();
                progress.tick(j + 1, rows.rows());
            }
            loaded += progress.done(rows.finish());
        }
        long t1 = System.nanoTime();
        try (Statement s = db.createStatement()) {
            // Explicit ids were written: move the identity sequences past them so the application's inserts go on.
            s.execute("select setval(pg_get_serial_sequence('title', 'id'), (select max(id) from title))");
            if (items > 0) {
                s.execute("select setval(pg_get_serial_sequence('item', 'id'), (select max(id) from item))");
            }
            s.execute("analyze title, title_contributor, title_isbn, title_subject, item");
        }
        long t2 = System.nanoTime();
        System.out.printf("Loaded %,d rows in %.1f s (%,.0f rows/s); sequences and ANALYZE %.1f s%n", loaded,
                (t1 - t0) / 1e9, loaded / ((t1 - t0) / 1e9), (t2 - t1) / 1e9);
        tally.print(titles, items);
    }

    /** Rows one title gives to one table. */
    @FunctionalInterface
    private interface TitleRows {
        void write(CopyRows rows, long titleId, BenchTitle title) throws SQLException;
    }

    /**
     * One COPY per table: the titles are generated again for each (a pure function, cheap next to the
     * server's work), so no table waits in memory for another.
     */
    private long copyPerTitle(CopyManager copy, long firstTitleId, String table, String columns, TitleRows rowsOf)
            throws SQLException {
        try (CopyRows rows = new CopyRows(copy, table, columns)) {
            Progress progress = new Progress(table, titles);
            for (int i = 0; i < titles; i++) {
                rowsOf.write(rows, firstTitleId + i, catalog.title(i));
                progress.tick(i + 1, rows.rows());
            }
            return progress.done(rows.finish());
        }
    }

    private static long nextId(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void printSample(CatalogModel catalog, long seed, int titles, int sample) {
        List<String> kushiro = List.of("central", "onbetsu", "akan", "west", "east", "central-district", "bookmobile");
        Holdings holdings = new Holdings(catalog, seed, titles, Math.max(sample, 2L * titles), kushiro);
        for (int i = 0; i < Math.min(sample, titles); i++) {
            BenchTitle t = catalog.title(i);
            System.out.printf("%s | %s | %s | %s | %s %d | %s %s | %s | vol %s | series %s | isbn %s | %s | %s%n",
                    t.sourceId(), t.title(), t.reading(), t.contributors(), t.publisher(), t.year(), t.ndc(),
                    t.materialType(), t.language(), t.volume(), t.series(), t.isbn(), t.subjects(), t.callNumber());
        }
        for (long j = 0; j < sample; j++) {
            BenchItem item = holdings.item(titles + j);
            System.out.println(item);
        }
        long t0 = System.nanoTime();
        int n = Math.min(titles, 200_000);
        Tally tally = new Tally();
        for (int i = 0; i < n; i++) {
            tally.count(catalog.title(i));
        }
        long t1 = System.nanoTime();
        for (long j = 0; j < n; j++) {
            tally.count(holdings.item(j));
        }
        long t2 = System.nanoTime();
        System.out.printf("Generation alone: %,.0f titles/s, %,.0f items/s (first %,d of each)%n", n / ((t1 - t0) / 1e9),
                n / ((t2 - t1) / 1e9), n);
        tally.print(n, n);
    }

    /** Prints progress and rows per second of one COPY every two seconds, and its total at the end. */
    private static final class Progress {
        private final String table;
        private final long total;
        private final long start = System.nanoTime();
        private long lastPrint = start;

        /** @param total how many titles (or items) the table is written from */
        Progress(String table, long total) {
            this.table = table;
            this.total = total;
        }

        void tick(long done, long rows) {
            if ((done & 1023) != 0) {
                return;
            }
            long now = System.nanoTime();
            if (now - lastPrint >= 2_000_000_000L) {
                lastPrint = now;
                System.out.printf("  %-18s %,12d rows  %,10.0f rows/s  (%d%%)%n", table, rows,
                        rows / ((now - start) / 1e9), 100 * done / total);
            }
        }

        long done(long rows) {
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("  %-18s %,12d rows in %6.1f s  %,10.0f rows/s%n", table, rows, seconds, rows / seconds);
            return rows;
        }
    }

    /** Shares worth checking against the brief: ISBNs, readings, material types, loans, reference copies. */
    private static final class Tally {
        long isbn;
        long reading;
        long books;
        long onLoan;
        long notLoanable;

        void count(BenchTitle t) {
            isbn += t.isbn() != null ? 1 : 0;
            reading += t.reading() != null ? 1 : 0;
            books += t.materialType().equals("BOOK") ? 1 : 0;
        }

        void count(BenchItem i) {
            onLoan += i.status().equals("ON_LOAN") ? 1 : 0;
            notLoanable += i.loanable() ? 0 : 1;
        }

        void print(int titles, long items) {
            System.out.printf("Titles: %.1f%% with ISBN, %.1f%% with a reading (the rest derived by the application), "
                    + "%.1f%% BOOK%n", 100.0 * isbn / titles, 100.0 * reading / titles, 100.0 * books / titles);
            if (items > 0) {
                System.out.printf("Items: %.1f%% ON_LOAN, %.1f%% not loanable%n", 100.0 * onLoan / items,
                        100.0 * notLoanable / items);
            }
        }
    }
}
