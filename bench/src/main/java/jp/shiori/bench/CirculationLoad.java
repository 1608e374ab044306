package jp.shiori.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on the desk's REST operations: each client, closed loop, lends an item on the shelf to a patron
 * ({@code POST /api/v1/circulation/checkouts}) and takes it back ({@code POST /api/v1/circulation/checkins}),
 * over and over. Every client has items and patrons of its own, so no two clients ever ask for one item; the
 * patrons' loan counts go up and down by one. Patrons and items are read once from the database
 * ({@link LoanGenerator}'s patrons, loanable BENCH items on the shelf). Logs in as staff first ({@link StaffLogin}).
 * Talks to this machine only.
 *
 * <pre>
 * java -cp target/shiori-bench.jar jp.shiori.bench.CirculationLoad --url jdbc:postgresql://127.0.0.1:5432/shiori_bench
 *     --clients 20 [--warmup 30s] [--duration 120s] [--base http://localhost:8080] [--timeout 10s]
 * </pre>
 */
public final class CirculationLoad {

    private static final String USAGE = """
            usage: CirculationLoad --url jdbc:postgresql://... [--user postgres] [--password ...] [--base http://localhost:8080]
                                   [--clients 1] [--warmup 30s] [--duration 120s] [--timeout 10s] [--label "..."]
                                   [--staff-user U --staff-password P]
            Only localhost, 127.0.0.1 and ::1 are accepted as base. The desk's operations are for staff: the account is
            LIBRARY_ADMIN_USERNAME / LIBRARY_ADMIN_PASSWORD unless --staff-user and --staff-password name another.
            Exit code 0 only when both operations succeeded at least once and no request failed.""";

    private static final int ITEMS_PER_CLIENT = 400;
    private static final int PATRONS_PER_CLIENT = 200;

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("CirculationLoad: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (SQLException e) {
            System.err.println("CirculationLoad: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The exit code: 0 when both operations succeeded at least once and no request failed. */
    public static int run(String... args) throws SQLException {
        Options o = Options.parse(args, Set.of("url", "user", "password", "base", "clients", "warmup", "duration",
                "timeout", "label", StaffLogin.USER_OPTION, StaffLogin.PASSWORD_OPTION), Set.of("help"));
        if (o.flag("help")) {
            System.out.println(USAGE);
            return 0;
        }
        URI base = Loopback.requireLoopback(o.text("base", "http://localhost:8080"));
        String url = o.text("url", null);
        if (url == null) {
            throw new IllegalArgumentException("--url is required");
        }
        int clients = o.integer("clients", 1);
        Duration warmup = o.duration("warmup", Duration.ofSeconds(30));
        Duration duration = o.duration("duration", Duration.ofSeconds(120));
        Duration timeout = o.duration("timeout", Duration.ofSeconds(10));
        String label = o.text("label", "");
        if (clients < 1 || clients > 200 || duration.isZero() || duration.isNegative() || warmup.isNegative()
                || timeout.isZero()) {
            throw new IllegalArgumentException("--clients 1..200, a positive --duration and --timeout");
        }
        StaffLogin.Credentials account = StaffLogin.credentials(o);
        Properties login = o.databaseLogin();
        List<String> items = new ArrayList<>();
        List<String> cards = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, login)) {
            // Spread over the table as a desk's scans are (the order of a hash), the generator's items only.
            try (PreparedStatement s = db.prepareStatement("select i.barcode from item i join title t on t.id = i.title_id"
                    + " where t.source = '" + CatalogModel.SOURCE + "' and i.status = 'AVAILABLE' and i.loanable"
                    + " order by md5(i.id::text) limit ?")) {
                s.setInt(1, clients * ITEMS_PER_CLIENT);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement s = db.prepareStatement("select card_number from patron"
                    + " where name like ? order by md5(id::text) limit ?")) {
                s.setString(1, LoanGenerator.NAME_PREFIX + "%");
                s.setInt(2, clients * PATRONS_PER_CLIENT);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        cards.add(rs.getString(1));
                    }
                }
            }
        }
        if (items.size() < clients * ITEMS_PER_CLIENT || cards.size() < clients * PATRONS_PER_CLIENT) {
            System.err.printf("CirculationLoad: found %,d items on the shelf and %,d bench patrons; %,d and %,d needed "
                    + "(run CatalogGenerator and LoanGenerator first)%n", items.size(), cards.size(),
                    clients * ITEMS_PER_CLIENT, clients * PATRONS_PER_CLIENT);
            return 1;
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        String token;
        try {
            token = StaffLogin.token(http, base, account);
        } catch (IOException | IllegalStateException e) {
            System.err.println("CirculationLoad: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        System.out.printf("Circulation desk on %s: %d client%s, warm-up %d s, measured %d s%s%n", base, clients,
                clients == 1 ? "" : "s", warmup.toSeconds(), duration.toSeconds(), label.isEmpty() ? "" : " (" + label + ")");
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        AtomicLong sent = new AtomicLong();
        List<Desk> desks = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Desk desk = new Desk(http, base, token, timeout, measureFrom, end, sent,
                    items.subList(c * ITEMS_PER_CLIENT, (c + 1) * ITEMS_PER_CLIENT),
                    cards.subList(c * PATRONS_PER_CLIENT, (c + 1) * PATRONS_PER_CLIENT));
            Thread t = new Thread(desk, "desk-" + c);
            t.setDaemon(true);
            desk.thread = t;
            desks.add(desk);
            t.start();
        }
        for (Desk d : desks) {
            try {
                // Every request carries the timeout, so a desk is done at most two of them after the end.
                d.thread.join(Math.max(0, (end - System.nanoTime()) / 1_000_000) + timeout.toMillis() * 2 + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Latencies checkouts = new Latencies();
        Latencies checkins = new Latencies();
        for (Desk d : desks) {
            checkouts.addAll(d.checkouts);
            checkins.addAll(d.checkins);
        }
        double seconds = duration.toNanos() / 1e9;
        System.out.println();
        System.out.println("| operation | requests | errors | req/s | median ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        System.out.println(row("check-out", checkouts.summarize(), seconds));
        System.out.println(row("check-in", checkins.summarize(), seconds));
        Latencies all = new Latencies();
        all.addAll(checkouts);
        all.addAll(checkins);
        System.out.println(row("**both**", all.summarize(), seconds));
        for (Desk d : desks) {
            if (d.firstError != null) {
                System.out.println("First error: " + d.firstError);
                break;
            }
        }
        Latencies.Summary co = checkouts.summarize();
        Latencies.Summary ci = checkins.summarize();
        // An error in the warm-up fails the run too: every request must succeed.
        boolean clean = desks.stream().allMatch(d -> d.firstError == null);
        return co.count() > 0 && ci.count() > 0 && clean ? 0 : 1;
    }

    private static String row(String label, Latencies.Summary s, double seconds) {
        return String.format("| %s | %,d | %,d | %,.1f | %.2f | %.2f | %.2f | %.2f |", label, s.count() + s.errors(),
                s.errors(), s.count() / seconds, s.p50() / 1000.0, s.p95() / 1000.0, s.p99() / 1000.0, s.max() / 1000.0);
    }

    /** One desk: lend, take back, next item and next patron. */
    private static final class Desk implements Runnable {
        final Latencies checkouts = new Latencies();
        final Latencies checkins = new Latencies();
        private final HttpClient http;
        private final URI base;
        private final String token;
        private final Duration timeout;
        private final long measureFrom;
        private final long end;
        private final AtomicLong sent;
        private final List<String> items;
        private final List<String> cards;
        volatile String firstError;
        Thread thread;

        Desk(HttpClient http, URI base, String token, Duration timeout, long measureFrom, long end, AtomicLong sent, List<String> items,
                List<String> cards) {
            this.http = http;
            this.base = base;
            this.token = token;
            this.timeout = timeout;
            this.measureFrom = measureFrom;
            this.end = end;
            this.sent = sent;
            this.items = items;
            this.cards = cards;
        }

        @Override
        public void run() {
            for (int k = 0; System.nanoTime() < end; k++) {
                String barcode = items.get(k % items.size());
                String card = cards.get(k % cards.size());
                send("api/v1/circulation/checkouts", "{\"card\":\"" + card + "\",\"barcode\":\"" + barcode
                        + "\",\"branchCode\":\"central\"}", 201, checkouts);
                send("api/v1/circulation/checkins", "{\"barcode\":\"" + barcode + "\",\"branchCode\":\"central\"}", 200,
                        checkins);
            }
        }

        private void send(String path, String json, int expected, Latencies into) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/" + path)).timeout(timeout)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
            long t0 = System.nanoTime();
            boolean measured = t0 >= measureFrom;
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                long t1 = System.nanoTime();
                sent.incrementAndGet();
                if (r.statusCode() != expected) {
                    if (firstError == null) {
                        firstError = path + " " + r.statusCode() + " " + r.body();
                    }
                    if (measured) {
                        into.error();
                    }
                } else if (measured && t1 <= end) {
                    into.record((t1 - t0) / 1_000, 1);
                }
            } catch (IOException e) {
                if (firstError == null) {
                    firstError = path + " " + e;
                }
                if (measured) {
                    into.error();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
