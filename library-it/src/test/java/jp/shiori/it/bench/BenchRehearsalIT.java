package jp.shiori.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;
import jp.shiori.bench.CatalogGenerator;
import jp.shiori.bench.CirculationLoad;
import jp.shiori.bench.DeskDayLoad;
import jp.shiori.bench.LoanGenerator;
import jp.shiori.bench.ReindexTimer;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.it.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The benchmark of bench/ at small scale against the test deployment, so that a benchmark which no longer runs
 * (a login it does not send, a column it no longer finds) fails the build: the generators write a catalog of
 * 5,000 titles, patrons and loans into the test database, two desks lend and take back for a few seconds
 * through REST as staff, then through a desk day (holds trapped and in transit, renewals, lists, placements and
 * cancels from My page), and every request must succeed. The rows are the generators' own (source BENCH, cards
 * 90000000000…, barcodes 9…), apart from every other test's; they are deleted at the end and the full reindex is
 * run as staff through the job API (what bench/run.sh times), so later tests search the catalog they made.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BenchRehearsalIT extends ShioriDeployment {

    private static final int TITLES = 5_000;
    private static final int ITEMS = 10_000;
    private static final int PATRONS = 1_000;
    private static final int LOANS = 2_000;

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void theBenchmarkGeneratesLendsAndTakesBackAndReindexesAsStaffWithoutAnError() throws Exception {
        Properties state = TestDatabase.state();
        String[] db = {
            "--url", state.getProperty("db.url"),
            "--user", state.getProperty("db.user"),
            "--password", state.getProperty("db.password")
        };
        String base = baseUri(deploymentUrl).toString().replaceAll("/+$", "");
        String[] staff = {"--staff-user", ShioriClient.ADMIN, "--staff-password", ShioriClient.ADMIN_PASSWORD};
        long openBefore = TestDatabase.queryLong("select count(*) from loan where returned_at is null");
        try {
            assertEquals(
                    0,
                    CatalogGenerator.run(concat(
                            db,
                            "--titles",
                            Integer.toString(TITLES),
                            "--items",
                            Integer.toString(ITEMS),
                            "--seed",
                            "42",
                            "--as-of",
                            LocalDate.now(ZoneId.of("Asia/Tokyo")).toString(),
                            "--aozora",
                            aozora().toString())));
            assertEquals(TITLES, TestDatabase.queryLong("select count(*) from title where source = 'BENCH'"));
            assertEquals(
                    0,
                    LoanGenerator.run(
                            concat(db, "--patrons", Integer.toString(PATRONS), "--loans", Integer.toString(LOANS))));
            assertEquals(LOANS, benchOpenLoans());

            long returnedBefore = benchReturnedLoans();
            assertEquals(
                    0,
                    CirculationLoad.run(concat(
                            concat(db, staff),
                            "--base",
                            base,
                            "--clients",
                            "2",
                            "--warmup",
                            "2s",
                            "--duration",
                            "5s",
                            "--label",
                            "rehearsal")),
                    "every check-out and check-in succeeded (the load prints the first error otherwise)");
            long lent = benchReturnedLoans() - returnedBefore;
            assertTrue(lent >= 4, "the desks lent and took back " + lent + " items");
            assertEquals(
                    lent,
                    TestDatabase.queryLong(
                            "select count(*) from loan l join patron p on p.id = l.patron_id"
                                    + " where p.name like 'ベンチ%' and l.returned_at is not null and l.checked_out_by = ?",
                            "staff:" + ShioriClient.ADMIN),
                    "the loans name the staff account the bench logged in as");
            assertEquals(LOANS, benchOpenLoans(), "every check-out was followed by its check-in");

            long holdsBefore = benchHolds("FULFILLED");
            assertEquals(
                    0,
                    DeskDayLoad.run(concat(
                            concat(db, staff),
                            "--base",
                            base,
                            "--clients",
                            "2",
                            "--warmup",
                            "1s",
                            "--duration",
                            "4s",
                            "--min-rounds",
                            "1",
                            "--label",
                            "rehearsal")),
                    "every operation of the desk day succeeded (the load prints the first error otherwise)");
            assertTrue(benchHolds("FULFILLED") > holdsBefore, "held copies were trapped and collected");
            assertTrue(benchHolds("CANCELLED") > 0, "holds were cancelled from My page");
            assertEquals(
                    0, benchHolds("WAITING") + benchHolds("IN_TRANSIT") + benchHolds("READY"), "no hold left open");
            assertTrue(
                    TestDatabase.queryLong("select count(*) from loan l join patron p on p.id = l.patron_id"
                                    + " where p.name like 'ベンチ%' and l.renewals > 0 and l.returned_at is not null")
                            > 0,
                    "loans were renewed from My page");
            assertEquals(
                    0,
                    TestDatabase.queryLong("select count(*) from item i join title t on t.id = i.title_id"
                            + " where t.source = 'BENCH' and i.status = 'ON_LOAN' and not exists"
                            + " (select 1 from loan l where l.item_id = i.id and l.returned_at is null)"),
                    "no item is left on loan without its loan");
        } finally {
            removeBenchRows();
            // The full reindex as staff through the job API (what bench/run.sh times), here also taking the
            // titles the desks' loans put into the index out again.
            assertEquals(0, ReindexTimer.run(concat(staff, "--base", base, "--timeout", "120s")));
        }
        assertEquals(openBefore, TestDatabase.queryLong("select count(*) from loan where returned_at is null"));
        assertEquals(0, TestDatabase.queryLong("select count(*) from title where source = 'BENCH'"));
    }

    private static long benchOpenLoans() {
        return TestDatabase.queryLong("select count(*) from loan l join patron p on p.id = l.patron_id"
                + " where p.name like 'ベンチ%' and l.returned_at is null");
    }

    private static long benchHolds(String status) {
        return TestDatabase.queryLong(
                "select count(*) from hold h join patron p on p.id = h.patron_id where p.name like 'ベンチ%' and h.status = ?",
                status);
    }

    private static long benchReturnedLoans() {
        return TestDatabase.queryLong("select count(*) from loan l join patron p on p.id = l.patron_id"
                + " where p.name like 'ベンチ%' and l.returned_at is not null");
    }

    /** The generators' rows, in the order of their foreign keys. */
    private static void removeBenchRows() throws SQLException {
        String benchPatrons = "(select id from patron where name like 'ベンチ%' and card_number like '9%')";
        String benchTitles = "(select id from title where source = 'BENCH')";
        try (Connection c = TestDatabase.connect();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("delete from hold where patron_id in " + benchPatrons + " or title_id in " + benchTitles);
            s.executeUpdate("delete from loan where patron_id in " + benchPatrons);
            s.executeUpdate("delete from patron_token where patron_id in " + benchPatrons);
            s.executeUpdate("delete from patron where id in " + benchPatrons);
            s.executeUpdate("delete from item where title_id in " + benchTitles);
            s.executeUpdate("delete from title where id in " + benchTitles);
            c.commit();
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** The Aozora Bunko index the generator draws real works from: ../shared/data, found upwards. */
    private static Path aozora() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/aozora/list_person_all_utf8_2017.csv");
            if (candidate.toFile().isFile()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/data/aozora/list_person_all_utf8_2017.csv above "
                + Path.of("").toAbsolutePath());
    }
}
