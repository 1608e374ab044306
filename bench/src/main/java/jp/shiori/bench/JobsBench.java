package jp.shiori.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import jp.shiori.bench.ReindexTimer.JsonFields;

/**
 * The jobs benchmark over {@link JobsData}'s data: starts one job through the operator's REST API
 * ({@code POST /api/v1/ops/jobs/{name}}), follows it to its end, and reports its time, its throughput, what it
 * wrote (holds expired and passed on, notices, mails) and the longest database transaction seen while it ran —
 * PostgreSQL's own {@code pg_stat_activity} sampled every 5 ms, for all transactions and for those that wrote
 * (held an xid, so row locks). Or, with {@code --job booklist}, the book-list patron's 登録資料 first page and CSV
 * export from N clients.
 *
 * <pre>
 * java -cp target/shiori-bench.jar jp.shiori.bench.JobsBench --url jdbc:postgresql://127.0.0.1:5432/shiori_bench
 *     --job hold-expiry|due-date-reminders|new-arrival-mail|catalog-reindex|booklist [--base http://localhost:8080]
 *     [--clients 20] [--warmup 10s] [--duration 30s]
 * </pre>
 *
 * Staff credentials come from {@code LIBRARY_ADMIN_USERNAME} and {@code LIBRARY_ADMIN_PASSWORD} (the account the
 * service was started with; it needs the operator and desk roles).
 */
public final class JobsBench {

    private static final String USAGE = """
            usage: JobsBench --url jdbc:postgresql://... [--user postgres] [--password ...] [--base http://localhost:8080]
                             --job hold-expiry|due-date-reminders|new-arrival-mail|catalog-reindex|booklist
                             [--clients 20] [--warmup 10s] [--duration 30s] [--timeout 15m]
            Staff credentials from LIBRARY_ADMIN_USERNAME / LIBRARY_ADMIN_PASSWORD.""";

    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
    static final String PATRON_PASSWORD = "bench-dokusho-2026";

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String url;
    private final Properties login;
    private final StaffLogin.Credentials staff;

    private JobsBench(URI base, String url, Properties login, StaffLogin.Credentials staff) {
        this.base = base;
        this.url = url;
        this.login = login;
        this.staff = staff;
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("JobsBench: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (SQLException | IOException e) {
            System.err.println("JobsBench: " + e);
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    static int run(String[] args) throws SQLException, IOException, InterruptedException {
        Options o = Options.parse(
                args,
                Set.of("url", "user", "password", "base", "job", "clients", "warmup", "duration", "timeout",
                        StaffLogin.USER_OPTION, StaffLogin.PASSWORD_OPTION),
                Set.of("help"));
        if (o.flag("help")) {
            System.out.println(USAGE);
            return 0;
        }
        String url = o.text("url", null);
        String job = o.text("job", null);
        if (url == null || job == null) {
            throw new IllegalArgumentException("--url and --job are required");
        }
        Properties login = o.databaseLogin();
        JobsBench bench = new JobsBench(
                Loopback.requireLoopback(o.text("base", "http://localhost:8080")), url, login, StaffLogin.credentials(o));
        Duration timeout = Options.duration(o.text("timeout", "15m"));
        return switch (job) {
            case "hold-expiry" -> bench.job(job, "{}", timeout);
            case "due-date-reminders" -> bench.job(job, "{\"daysBefore\":\"2\"}", timeout);
            case "new-arrival-mail", "catalog-reindex" -> bench.job(job, "{}", timeout);
            case "booklist" -> bench.booklist(
                    o.integer("clients", 20),
                    Options.duration(o.text("warmup", "10s")),
                    Options.duration(o.text("duration", "30s")));
            default -> throw new IllegalArgumentException("unknown --job " + job);
        };
    }

    // --- jobs --------------------------------------------------------------------------------------------------

    private int job(String job, String parameters, Duration timeout) throws SQLException, IOException, InterruptedException {
        String token = staffToken();
        try (Connection db = DriverManager.getConnection(url, login)) {
            Counts before = counts(db);
            Sampler sampler = new Sampler();
            Thread sampling = new Thread(sampler, "pg_stat_activity sampler");
            sampling.setDaemon(true);
            sampling.start();
            long t0 = System.nanoTime();
            HttpResponse<String> started = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/ops/jobs/" + job))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(parameters))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            OptionalLong id = JsonFields.number(started.body(), "executionId");
            if (started.statusCode() != 202 || id.isEmpty()) {
                sampler.stop();
                System.err.printf("JobsBench: POST /ops/jobs/%s answered %d: %s%n", job, started.statusCode(), started.body());
                return 1;
            }
            System.out.printf("Started %s: execution %d%n", job, id.getAsLong());
            String body = "";
            String status = "?";
            long lastReport = 0;
            while (System.nanoTime() - t0 < timeout.toNanos()) {
                Thread.sleep(250);
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/ops/executions/" + id.getAsLong()))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 401) {
                    token = staffToken();
                    continue;
                }
                body = r.body();
                status = JsonFields.string(body, "status").orElse("?");
                long now = System.nanoTime();
                if (now - lastReport > 5_000_000_000L || ENDED.contains(status)) {
                    System.out.printf("  %6.1f s  %-10s %,d / %,d%n", (now - t0) / 1e9, status,
                            JsonFields.number(body, "done").orElse(-1), JsonFields.number(body, "total").orElse(-1));
                    lastReport = now;
                }
                if (ENDED.contains(status)) {
                    break;
                }
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            sampler.stop();
            sampling.join();
            if (!ENDED.contains(status)) {
                // Out of time: the rate so far is the figure, and the execution is stopped so the next job runs alone.
                long done = JsonFields.number(body, "done").orElse(0);
                System.out.printf("%s: not done after %.0f s (--timeout): %,d of %,d, %,.0f items/s so far; stopping it%n",
                        job, wall, done, JsonFields.number(body, "total").orElse(0), done / wall);
                System.out.printf("Longest transaction seen so far: %.1f ms; of those that wrote: %.1f ms%n",
                        sampler.longestAny.get() / 1000.0, sampler.longestWriting.get() / 1000.0);
                http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/ops/executions/" + id.getAsLong() + "/stop"))
                                .header("Authorization", "Bearer " + staffToken())
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                return 1;
            }
            if (!status.equals("COMPLETED")) {
                System.err.printf("JobsBench: execution %d ended %s: %s%n", id.getAsLong(), status, body);
                return 1;
            }
            double server = serverSeconds(body).orElse(wall);
            Counts after = counts(db);
            long items = JsonFields.number(body, "total").orElse(0);
            System.out.println();
            System.out.printf("%s: %,d items in %.1f s (server's start to end; %.1f s seen here), %,.0f items/s%n",
                    job, items, server, wall, items / server);
            System.out.printf("Written: %,d holds expired, %,d holds passed a copy, %,d notices, %,d alert-title rows,"
                            + " %,d mails in the outbox%n",
                    after.expired - before.expired, after.trapped - before.trapped, after.notices - before.notices,
                    after.alertTitles - before.alertTitles, after.mails - before.mails);
            System.out.printf("Longest transaction seen (pg_stat_activity every 5 ms, %,d samples): %.1f ms; of those"
                            + " that wrote: %.1f ms%n",
                    sampler.samples.get(), sampler.longestAny.get() / 1000.0, sampler.longestWriting.get() / 1000.0);
            System.out.println();
            System.out.println("Row for docs/PERFORMANCE.md:");
            System.out.printf("| %s | %,d | %.1f s | %,.0f/s | %,d | %.0f ms (writing %.0f ms) |%n", job, items, server,
                    items / server, after.mails - before.mails, sampler.longestAny.get() / 1000.0,
                    sampler.longestWriting.get() / 1000.0);
            return 0;
        }
    }

    private record Counts(long expired, long trapped, long notices, long alertTitles, long mails) {}

    private static Counts counts(Connection db) throws SQLException {
        String bench = "(select id from patron where name like '" + JobsData.NAME_PREFIX + "%')";
        return new Counts(
                count(db, "select count(*) from hold where status = 'EXPIRED' and patron_id in " + bench),
                count(db, "select count(*) from hold where status in ('READY', 'IN_TRANSIT') and trapped_at is not null"
                        + " and placed_by = 'bench' and trapped_at > now() - interval '1 day' and patron_id in " + bench),
                count(db, "select count(*) from notice_ledger where patron_id in " + bench),
                count(db, "select count(*) from new_arrival_sent"),
                count(db, "select count(*) from mail_outbox where recipient like '%" + JobsData.MAIL_DOMAIN + "'"));
    }

    private static Optional<Double> serverSeconds(String body) {
        Optional<String> from = JsonFields.string(body, "startedAt");
        Optional<String> to = JsonFields.string(body, "endedAt");
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(OffsetDateTime.parse(from.get()), OffsetDateTime.parse(to.get())).toMillis()
                / 1000.0);
    }

    /** The age of the oldest open transaction of the database, sampled; the sampler's own excluded. */
    private final class Sampler implements Runnable {
        final AtomicLong longestAny = new AtomicLong();
        final AtomicLong longestWriting = new AtomicLong();
        final AtomicLong samples = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);

        void stop() {
            running.set(false);
        }

        @Override
        public void run() {
            try (Connection db = DriverManager.getConnection(url, login);
                    PreparedStatement q = db.prepareStatement("select"
                            + " coalesce(max(extract(epoch from clock_timestamp() - xact_start)), 0) * 1e6,"
                            + " coalesce(max(extract(epoch from clock_timestamp() - xact_start))"
                            + " filter (where backend_xid is not null), 0) * 1e6"
                            + " from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
                            + " and xact_start is not null and state <> 'idle'")) {
                while (running.get()) {
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        longestAny.accumulateAndGet(rs.getLong(1), Math::max);
                        longestWriting.accumulateAndGet(rs.getLong(2), Math::max);
                    }
                    samples.incrementAndGet();
                    Thread.sleep(5);
                }
            } catch (SQLException e) {
                System.err.println("JobsBench: the sampler stopped: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // --- book list ---------------------------------------------------------------------------------------------

    private int booklist(int clients, Duration warmup, Duration duration)
            throws SQLException, IOException, InterruptedException {
        long patron;
        long entries;
        try (Connection db = DriverManager.getConnection(url, login)) {
            patron = count(db, "select id from patron where card_number = '" + JobsData.BOOKLIST_CARD + "'");
            entries = count(db, "select count(*) from booklist_entry where patron_id = " + patron);
        }
        String staff = staffToken();
        String password = "{\"password\":\"" + PATRON_PASSWORD + "\",\"passwordAgain\":\"" + PATRON_PASSWORD + "\"}";
        HttpResponse<String> set = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/patrons/" + patron + "/password"))
                        .header("Authorization", "Bearer " + staff)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(password))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (set.statusCode() != 204) {
            System.err.printf("JobsBench: setting the patron's password answered %d: %s%n", set.statusCode(), set.body());
            return 1;
        }
        System.out.printf("Book list of card %s: %,d entries; %d clients, %s warm-up, %s measured%n",
                JobsData.BOOKLIST_CARD, entries, clients, warmup, duration);
        int failed = 0;
        failed += load("登録資料 first page (GET /api/v1/me/booklist/entries?page=1)", "/api/v1/me/booklist/entries?page=1",
                "\"entries\"", clients, warmup, duration);
        failed += load("CSV export (GET /api/v1/me/booklist/export)", "/api/v1/me/booklist/export", null, clients, warmup,
                duration);
        return failed == 0 ? 0 : 1;
    }

    /** N clients in a closed loop on one GET, each with a token of its own; 0 when no request failed. */
    private int load(String label, String path, String mustContain, int clients, Duration warmup, Duration duration)
            throws IOException, InterruptedException {
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Latencies> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicLong bytes = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            String token = patronToken();
            Latencies latencies = new Latencies();
            results.add(latencies);
            Thread t = new Thread(() -> {
                HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "ja")
                        .GET()
                        .build();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long micros = (System.nanoTime() - t0) / 1000;
                        boolean ok = r.statusCode() == 200 && (mustContain == null || r.body().contains(mustContain));
                        if (t0 >= measureFrom) {
                            if (ok) {
                                latencies.record(micros, 1);
                                bytes.addAndGet(r.body().length());
                            } else {
                                latencies.error();
                            }
                        }
                    } catch (IOException e) {
                        latencies.error();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            threads.add(t);
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        Latencies all = new Latencies();
        results.forEach(all::addAll);
        Latencies.Summary s = all.summarize();
        double seconds = duration.toNanos() / 1e9;
        System.out.printf("%s: %,d requests, %,.1f/s, median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %,d errors,"
                        + " %,d characters per answer%n",
                label, s.count(), s.count() / seconds, s.p50() / 1000.0, s.p95() / 1000.0, s.p99() / 1000.0,
                s.max() / 1000.0, s.errors(), s.count() == 0 ? 0 : bytes.get() / s.count());
        System.out.printf("| %s | %d | %.1f ms | %.1f ms | %,.1f/s |%n", label, clients, s.p50() / 1000.0,
                s.p99() / 1000.0, s.count() / seconds);
        return s.errors() == 0 && s.count() > 0 ? 0 : 1;
    }

    // --- logins ------------------------------------------------------------------------------------------------

    private String staffToken() throws IOException, InterruptedException {
        return StaffLogin.token(http, base, staff);
    }

    private String patronToken() throws IOException, InterruptedException {
        return token(
                "/api/v1/auth/token",
                "{\"card\":" + StaffLogin.quote(JobsData.BOOKLIST_CARD) + ",\"password\":"
                        + StaffLogin.quote(PATRON_PASSWORD) + "}");
    }

    private String token(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Optional<String> token = JsonFields.string(r.body(), "token");
        if (r.statusCode() != 200 || token.isEmpty()) {
            throw new IOException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return token.get();
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
