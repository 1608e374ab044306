package jp.shiori.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The data of the jobs benchmark, written with {@code COPY} into a database the {@link CatalogGenerator} filled
 * (and beside {@link LoanGenerator}'s, whose items it leaves alone: it takes shelf items from the other end):
 *
 * <ul>
 *   <li>{@code --patrons} patrons (cards {@code 95…}, named ジョブベンチ…) with verified addresses
 *       {@code jb<n>@bench.example};
 *   <li>{@code --holds} ready holds past their deadline (hold-expiry), one copy each on the pickup branch's hold
 *       shelf, and for one in five a waiting hold of another patron on the same title, so the copy is passed on
 *       with a hold-ready mail;
 *   <li>{@code --loans} open loans due in two days (due-date reminders), two per patron;
 *   <li>{@code --alerts} active new-arrival alerts, one per patron, registered 60 days ago, each on a condition
 *       taken from a random title of the catalog (NDC class, author, publisher or a word of the title), and
 *       {@code --new-titles} titles whose first copy came an hour ago, all others 30 days ago, after a completed
 *       run that ended a day ago;
 *   <li>one patron ({@code 95999999999}, password set later through REST by {@link JobsBench}) with a book list of
 *       {@code --entries} entries.
 * </ul>
 *
 * <pre>
 * java -cp target/shiori-bench.jar jp.shiori.bench.JobsData --url jdbc:postgresql://127.0.0.1:5432/shiori_bench
 *     [--patrons 50000] [--holds 100000] [--loans 100000] [--alerts 50000] [--new-titles 2000] [--entries 10000] [--replace]
 * </pre>
 *
 * The new titles reach the search index through the catalog's change log ({@code catalog_change}), which the
 * running service drains.
 */
public final class JobsData {

    static final String NAME_PREFIX = "ジョブベンチ";
    static final long FIRST_CARD = 95_000_000_000L;
    static final String BOOKLIST_CARD = "95999999999";
    static final String MAIL_DOMAIN = "@bench.example";

    private static final String USAGE = """
            usage: JobsData --url jdbc:postgresql://127.0.0.1:5432/shiori_bench [--user postgres] [--password ...]
                            [--patrons 50000] [--holds 100000] [--loans 100000] [--alerts 50000] [--new-titles 2000]
                            [--entries 10000] [--replace]""";

    private JobsData() {}

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("JobsData: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (SQLException e) {
            System.err.println("JobsData: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(String[] args) throws SQLException {
        Options o = Options.parse(
                args,
                Set.of("url", "user", "password", "patrons", "holds", "loans", "alerts", "new-titles", "entries"),
                Set.of("replace", "help"));
        if (o.flag("help")) {
            System.out.println(USAGE);
            return 0;
        }
        String url = o.text("url", null);
        if (url == null) {
            throw new IllegalArgumentException("--url is required");
        }
        int patrons = o.integer("patrons", 50_000);
        int holds = o.integer("holds", 100_000);
        int loans = o.integer("loans", 100_000);
        int alerts = o.integer("alerts", 50_000);
        int newTitles = o.integer("new-titles", 2_000);
        int entries = o.integer("entries", 10_000);
        if (patrons < 2 || holds < 0 || loans < 0 || alerts < 0 || newTitles < 0 || entries < 0) {
            throw new IllegalArgumentException("--patrons >= 2 and no negative counts");
        }
        if (alerts > patrons || loans > patrons * 8L) {
            throw new IllegalArgumentException("at most one alert and eight loans per patron");
        }
        Properties login = o.databaseLogin();
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, login)) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                long existing = count(s, "select count(*) from patron where name like '" + NAME_PREFIX + "%'");
                if (existing > 0 && !o.flag("replace")) {
                    throw new IllegalArgumentException(String.format(
                            "the database already holds %,d jobs-bench patrons; give --replace to delete them and load afresh",
                            existing));
                }
                if (existing > 0) {
                    remove(s);
                }
            }
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            Random random = new Random(42);
            List<Long> patronIds = patrons(db, copy, patrons);
            List<long[]> shelf = shelfItems(db, holds + loans);
            if (shelf.size() < holds + loans) {
                throw new IllegalArgumentException(String.format(
                        "the catalog has only %,d loanable items on the shelf for %,d holds and %,d loans",
                        shelf.size(), holds, loans));
            }
            int passedOn = expiredHolds(db, copy, random, patronIds, shelf.subList(0, holds));
            dueLoans(db, copy, patronIds, shelf.subList(holds, holds + loans));
            alerts(db, copy, random, patronIds.subList(0, alerts), newTitles);
            booklist(db, copy, random, entries);
            db.commit();
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                for (String table : List.of("patron", "hold", "loan", "item", "title", "new_arrival_alert", "booklist_entry")) {
                    s.execute("analyze " + table);
                }
            }
            System.out.printf(
                    "Patrons: %,d; expired ready holds: %,d (%,d with a patron waiting next); loans due in 2 days: %,d;"
                            + " alerts: %,d; new titles: %,d; book-list entries: %,d%n",
                    patronIds.size(), holds, passedOn, loans, alerts, newTitles, entries);
        }
        System.out.printf("Total %.1f s%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** Everything an earlier run wrote, and what the jobs made of it; the items back on the shelf. */
    private static void remove(Statement s) throws SQLException {
        String bench = "(select id from patron where name like '" + NAME_PREFIX + "%')";
        s.executeUpdate("update item set status = 'AVAILABLE', due_on = null where id in (select item_id from hold"
                + " where patron_id in " + bench + " and item_id is not null and status in ('READY', 'IN_TRANSIT'))"
                + " or id in (select item_id from loan where patron_id in " + bench + " and returned_at is null)");
        s.executeUpdate("update item set status = 'AVAILABLE' where status in ('ON_HOLD_SHELF', 'IN_TRANSIT')"
                + " and not exists (select 1 from hold h where h.item_id = item.id and h.status in ('READY', 'IN_TRANSIT'))");
        s.executeUpdate("delete from hold where patron_id in " + bench);
        s.executeUpdate("delete from notice_ledger where patron_id in " + bench);
        s.executeUpdate("delete from loan where patron_id in " + bench);
        s.executeUpdate("delete from new_arrival_sent");
        s.executeUpdate("delete from new_arrival_run");
        s.executeUpdate("delete from mail_outbox where recipient like '%" + MAIL_DOMAIN + "'");
        s.executeUpdate("delete from patron_token where patron_id in " + bench);
        s.executeUpdate("delete from patron where name like '" + NAME_PREFIX + "%'");
    }

    private static List<Long> patrons(Connection db, CopyManager copy, int patrons) throws SQLException {
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        LocalDate renewal = LocalDate.now().plusDays(200);
        try (CopyRows rows = new CopyRows(copy, "patron", "card_number, name, email, email_verified, category,"
                + " card_renewal_date, created_at, updated_at")) {
            for (int i = 0; i < patrons; i++) {
                rows.text(Long.toString(FIRST_CARD + i)).text(NAME_PREFIX + " " + i).text("jb" + i + MAIL_DOMAIN)
                        .bool(true).text("ADULT").value(renewal).text(now).text(now).endRow();
            }
            rows.text(BOOKLIST_CARD).text(NAME_PREFIX + " ブックリスト").text("jb-booklist" + MAIL_DOMAIN).bool(true)
                    .text("ADULT").value(renewal).text(now).text(now).endRow();
            rows.finish();
        }
        List<Long> ids = new ArrayList<>(patrons);
        try (PreparedStatement q = db.prepareStatement("select id from patron where name like ? and card_number <> ?"
                + " order by card_number")) {
            q.setString(1, NAME_PREFIX + "%");
            q.setString(2, BOOKLIST_CARD);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** {id, title, branch} of loanable items on the shelf, from the highest ids down (the loan generator starts low). */
    private static List<long[]> shelfItems(Connection db, int count) throws SQLException {
        List<long[]> items = new ArrayList<>(count);
        try (PreparedStatement q = db.prepareStatement("select id, title_id, branch_id from item where loanable"
                + " and status = 'AVAILABLE' order by id desc limit ?")) {
            q.setInt(1, count);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    items.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        return items;
    }

    private static int expiredHolds(Connection db, CopyManager copy, Random random, List<Long> patronIds, List<long[]> items)
            throws SQLException {
        if (items.isEmpty()) {
            return 0;
        }
        List<Long> branches = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select id from branch order by id")) {
            while (rs.next()) {
                branches.add(rs.getLong(1));
            }
        }
        LocalDate today = LocalDate.now();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        java.util.Set<String> active = new java.util.HashSet<>();
        int waiting = 0;
        String columns = "patron_id, title_id, placement_seq, hold_type, status, pickup_branch_id, contact, placed_at,"
                + " placed_by, item_id, trapped_at, ready_at, deadline";
        try (CopyRows rows = new CopyRows(copy, "hold", columns)) {
            int n = 0;
            for (long[] item : items) {
                long patron = patronFor(patronIds, n, item[1], active);
                // Deadlines one to three days ago: a week on the shelf, trapped 8 to 10 days ago.
                LocalDate deadline = today.minusDays(1 + n % 3);
                OffsetDateTime trapped = now.minusDays(8 + n % 3);
                rows.number(patron).number(item[1]).number(1).text("NORMAL").text("READY").number(item[2])
                        .text("EMAIL").text(trapped.minusDays(5).toString()).text("bench").number(item[0])
                        .text(trapped.toString()).text(trapped.toString()).value(deadline).endRow();
                if (n % 5 == 0) {
                    long next = patronFor(patronIds, n + 7919, item[1], active);
                    rows.number(next).number(item[1]).number(1).text("NORMAL").text("WAITING")
                            .number(branches.get(random.nextInt(branches.size()))).text("EMAIL")
                            .text(trapped.minusDays(1).toString()).text("bench").text(null).text(null).text(null)
                            .text(null).endRow();
                    waiting++;
                }
                n++;
            }
            rows.finish();
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("update item set status = 'ON_HOLD_SHELF' where id in (select item_id from hold"
                    + " where status = 'READY' and placed_by = 'bench')");
        }
        return waiting;
    }

    /** A patron without an active hold on the title yet (one active hold per patron and title). */
    private static long patronFor(List<Long> patronIds, int n, long title, java.util.Set<String> active) {
        for (int k = 0; ; k++) {
            long patron = patronIds.get((int) ((n + (long) k * 104_729) % patronIds.size()));
            if (active.add(patron + ":" + title)) {
                return patron;
            }
        }
    }

    private static void dueLoans(Connection db, CopyManager copy, List<Long> patronIds, List<long[]> items)
            throws SQLException {
        LocalDate due = LocalDate.now().plusDays(2);
        String out = due.minusDays(14).atTime(10, 0).atOffset(ZoneOffset.ofHours(9)).toString();
        try (CopyRows rows = new CopyRows(copy, "loan",
                "item_id, patron_id, branch_id, checked_out_at, checked_out_by, due_on, renewals")) {
            int n = 0;
            for (long[] item : items) {
                rows.number(item[0]).number(patronIds.get(n / 2 % patronIds.size())).number(item[2]).text(out)
                        .text("bench").value(due).number(0).endRow();
                n++;
            }
            rows.finish();
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("update item set status = 'ON_LOAN', due_on = l.due_on from loan l where l.item_id = item.id"
                    + " and l.returned_at is null and l.checked_out_by = 'bench' and item.status = 'AVAILABLE'");
        }
    }

    private static void alerts(Connection db, CopyManager copy, Random random, List<Long> patronIds, int newTitles)
            throws SQLException {
        try (Statement s = db.createStatement()) {
            // The catalog generator leaves first_copy_at to the application: every title with a copy had its first
            // copy a month ago, and --new-titles of them an hour ago.
            s.executeUpdate("update title set first_copy_at = now() - interval '30 days'"
                    + " where exists (select 1 from item i where i.title_id = title.id)");
            s.executeUpdate("update title set first_copy_at = now() - interval '1 hour' where id in (select id from title"
                    + " where first_copy_at is not null order by md5(id::text) limit " + newTitles + ")");
            // The new titles through the catalog's change log, as a cataloguer's change would go: the index follows
            // them within a second. (The others' month-old first copy is outside every window, as no time at all.)
            s.executeUpdate("insert into catalog_change (title_id, logged_at) select id, now() from title"
                    + " where first_copy_at > now() - interval '2 hours'");
            // As if yesterday's run had completed: the window of the next run starts an hour before its end.
            s.executeUpdate("insert into new_arrival_run (job_instance_id, window_from, window_to, started_at,"
                    + " completed_at) values (-1, now() - interval '2 days', now() - interval '1 day',"
                    + " now() - interval '1 day', now() - interval '1 day')");
        }
        if (patronIds.isEmpty()) {
            return;
        }
        record Sample(String title, String ndc, String publisher, String author) {}
        List<Sample> samples = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("select t.title, t.ndc, t.publisher, c.name from title t"
                + " left join title_contributor c on c.title_id = t.id and c.position = (select min(position)"
                + " from title_contributor c2 where c2.title_id = t.id) order by md5(t.id::text || 'alerts') limit ?")) {
            q.setInt(1, patronIds.size());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    samples.add(new Sample(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        String created = OffsetDateTime.now(ZoneOffset.UTC).minusDays(60).toString();
        try (CopyRows rows = new CopyRows(copy, "new_arrival_alert",
                "patron_id, mail_title, keywords, author, publisher, ndc, active, feed_token, created_at, updated_at")) {
            for (int i = 0; i < patronIds.size(); i++) {
                Sample t = samples.get(i % samples.size());
                String keywords = null;
                String author = null;
                String publisher = null;
                String ndc = null;
                int kind = random.nextInt(10);
                if (kind < 4 && t.ndc() != null && t.ndc().length() >= 3) {
                    ndc = t.ndc().substring(0, 3);
                } else if (kind < 7 && t.author() != null) {
                    author = t.author().split("[ \u3000,]")[0];
                } else if (kind < 8 && t.publisher() != null) {
                    publisher = t.publisher();
                } else {
                    String word = t.title().strip();
                    keywords = word.substring(0, Math.min(word.length(), 2 + random.nextInt(3)));
                }
                rows.number(patronIds.get(i)).text("新着 " + i).text(keywords).text(author).text(publisher).text(ndc)
                        .bool(true).text(String.format("bench%059d", i)).text(created).text(created).endRow();
            }
            rows.finish();
        }
    }

    private static void booklist(Connection db, CopyManager copy, Random random, int entries) throws SQLException {
        long patron;
        try (PreparedStatement q = db.prepareStatement("select id from patron where card_number = ?")) {
            q.setString(1, BOOKLIST_CARD);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                patron = rs.getLong(1);
            }
        }
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        try (PreparedStatement p = db.prepareStatement("insert into booklist_profile (patron_id, nickname, nickname_key,"
                + " terms_version, terms_accepted_at, auto_register, auto_register_since, created_at)"
                + " values (?, 'ベンチ読書家', 'べんち読書家', 1, now(), true, now() - interval '3 years', now())")) {
            p.setLong(1, patron);
            p.executeUpdate();
        }
        List<Long> categories = new ArrayList<>();
        try (PreparedStatement c = db.prepareStatement("insert into booklist_category (patron_id, name, name_key, created_at)"
                + " values (?, ?, ?, now()) returning id")) {
            for (int i = 1; i <= 20; i++) {
                c.setLong(1, patron);
                c.setString(2, "棚" + i);
                c.setString(3, "棚" + i);
                try (ResultSet rs = c.executeQuery()) {
                    rs.next();
                    categories.add(rs.getLong(1));
                }
            }
        }
        record Title(long id, String title, String reading, String author) {}
        List<Title> titles = new ArrayList<>(entries);
        try (PreparedStatement q = db.prepareStatement("select t.id, t.title, t.title_reading, c.name from title t"
                + " left join title_contributor c on c.title_id = t.id and c.position = 1"
                + " order by md5(t.id::text || 'booklist') limit ?")) {
            q.setInt(1, entries);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    titles.add(new Title(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusYears(3);
        String[] statuses = {"NONE", "NONE", "READ", "READ", "READ", "WANT_TO_READ"};
        try (CopyRows rows = new CopyRows(copy, "booklist_entry", "patron_id, title_id, title, title_reading, author,"
                + " entry_at, status, category_id, memo, rating, added_at")) {
            int n = 0;
            for (Title t : titles) {
                String at = start.plusMinutes(n * 150L).toString();
                rows.number(patron).number(t.id()).text(t.title()).text(t.reading()).text(t.author()).text(at)
                        .text(statuses[random.nextInt(statuses.length)])
                        .value(random.nextInt(3) == 0 ? null : categories.get(random.nextInt(categories.size())))
                        .text(random.nextInt(4) == 0 ? "また読みたい。" + n : null)
                        .value(random.nextInt(2) == 0 ? null : 1 + random.nextInt(5)).text(at).endRow();
                n++;
            }
            rows.finish();
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
