package jp.shiori.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Patrons and open loans for the circulation benchmark, written with {@code COPY} into a database that the
 * {@link CatalogGenerator} filled: {@code --patrons} patrons (cards {@code 9} + 10 digits, named ベンチ…) and one
 * open loan for each of {@code --loans} loanable items — those the generator marked on loan first, then items on
 * the shelf — spread evenly over the patrons; items marked on loan beyond that go back on the shelf, so every
 * ON_LOAN item has its loan.
 *
 * <pre>
 * java -cp target/shiori-bench.jar jp.shiori.bench.LoanGenerator --url jdbc:postgresql://127.0.0.1:5432/shiori_bench
 *     [--user postgres] [--password ...] [--patrons 100000] [--loans 200000] [--replace]
 * </pre>
 */
public final class LoanGenerator {

    static final String NAME_PREFIX = "ベンチ";
    static final long FIRST_CARD = 90_000_000_000L;
    /** Only the catalog generator's items: a database may hold other items too (the test deployment's). */
    private static final String BENCH_ITEM = "item.title_id in (select id from title where source = '"
            + CatalogModel.SOURCE + "')";
    private static final java.time.format.DateTimeFormatter TIMESTAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final String USAGE = """
            usage: LoanGenerator --url jdbc:postgresql://127.0.0.1:5432/shiori_bench [--user postgres] [--password ...]
                                 [--patrons 100000] [--loans 200000] [--replace]""";

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("LoanGenerator: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (SQLException e) {
            System.err.println("LoanGenerator: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The exit code: 0 when the patrons and loans were written. */
    public static int run(String... args) throws SQLException {
        Options o = Options.parse(args, Set.of("url", "user", "password", "patrons", "loans"), Set.of("replace", "help"));
        if (o.flag("help")) {
            System.out.println(USAGE);
            return 0;
        }
        String url = o.text("url", null);
        if (url == null) {
            throw new IllegalArgumentException("--url is required");
        }
        int patrons = o.integer("patrons", 100_000);
        int loans = o.integer("loans", 200_000);
        if (patrons < 1 || loans < 0 || loans > patrons * 8L) {
            throw new IllegalArgumentException("--patrons >= 1, and at most 8 loans per patron (the limit is 10)");
        }
        Properties login = o.databaseLogin();
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, login)) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                long existing = count(s, "select count(*) from patron where name like '" + NAME_PREFIX + "%'");
                if (existing > 0 && !o.flag("replace")) {
                    throw new IllegalArgumentException(String.format(
                            "the database already holds %,d bench patrons; give --replace to delete them and load afresh", existing));
                }
                if (existing > 0) {
                    s.executeUpdate("update item set status = 'AVAILABLE', due_on = null where id in (select l.item_id from loan l"
                            + " join patron p on p.id = l.patron_id where p.name like '" + NAME_PREFIX + "%' and l.returned_at is null)");
                    s.executeUpdate("delete from loan where patron_id in (select id from patron where name like '" + NAME_PREFIX + "%')");
                    s.executeUpdate("delete from patron where name like '" + NAME_PREFIX + "%'");
                }
            }
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            LocalDate renewal = LocalDate.now().plusYears(1);
            String now = LocalDateTime.now().format(TIMESTAMP);
            try (CopyRows rows = new CopyRows(copy, "patron",
                    "card_number, name, category, card_renewal_date, created_at, updated_at")) {
                for (int i = 0; i < patrons; i++) {
                    rows.text(Long.toString(FIRST_CARD + i)).text(NAME_PREFIX + " " + i).text("ADULT").value(renewal)
                            .text(now).text(now).endRow();
                }
                rows.finish();
            }
            List<Long> patronIds = new ArrayList<>(patrons);
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("select id from patron where name like '" + NAME_PREFIX + "%' order by card_number")) {
                while (rs.next()) {
                    patronIds.add(rs.getLong(1));
                }
            }
            // The items first: a connection runs no query while a COPY is open on it.
            record OnLoan(long item, long branch, LocalDate due) {
            }
            List<OnLoan> onLoan = new ArrayList<>(loans);
            // The items the catalog generator marked on loan first, then loanable items on the shelf; a due date
            // from four days ago to two weeks ahead, as the generator gives them.
            LocalDate today = LocalDate.now();
            try (PreparedStatement q = db.prepareStatement("select id, branch_id, due_on from item where loanable"
                    + " and status in ('ON_LOAN', 'AVAILABLE') and " + BENCH_ITEM
                    + " order by status = 'ON_LOAN' desc, id limit ?")) {
                q.setInt(1, loans);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        LocalDate due = rs.getObject(3, LocalDate.class);
                        onLoan.add(new OnLoan(rs.getLong(1), rs.getLong(2),
                                due != null ? due : today.plusDays(-4 + rs.getLong(1) % 19)));
                    }
                }
            }
            long made = 0;
            try (CopyRows rows = new CopyRows(copy, "loan",
                    "item_id, patron_id, branch_id, checked_out_at, checked_out_by, due_on, renewals")) {
                for (OnLoan l : onLoan) {
                    rows.number(l.item()).number(patronIds.get((int) (made % patronIds.size()))).number(l.branch())
                            .text(l.due().minusDays(14).atTime(10, 0).format(TIMESTAMP)).text("bench").value(l.due())
                            .number(0).endRow();
                    made++;
                }
                rows.finish();
            }
            try (Statement s = db.createStatement()) {
                s.executeUpdate("update item set status = 'ON_LOAN', due_on = l.due_on from loan l"
                        + " where l.item_id = item.id and l.returned_at is null and item.status <> 'ON_LOAN' and "
                        + BENCH_ITEM);
                int shelved = s.executeUpdate("update item set status = 'AVAILABLE', due_on = null where status = 'ON_LOAN'"
                        + " and not exists (select 1 from loan l where l.item_id = item.id and l.returned_at is null)"
                        + " and " + BENCH_ITEM);
                db.commit();
                db.setAutoCommit(true);
                s.execute("analyze patron");
                s.execute("analyze loan");
                s.execute("analyze item");
                System.out.printf("Patrons: %,d; open loans: %,d; items on loan without a loan put back on the shelf: %,d%n",
                        patronIds.size(), made, shelved);
            }
        }
        System.out.printf("Total %.1f s%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
