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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A desk day rather than lend-and-return: each client is a branch desk (west) with its own patrons and items that
 * goes through {@link #ROUND} over and over, closed loop, through REST: check-outs and check-ins, check-ins that
 * find a hold waiting (set aside on this branch's hold shelf, or sent in transit to another branch and received
 * there), the patron renewing from My page, the My page loans and holds lists, hold placement and cancellation.
 * Staff operations carry a staff token ({@link StaffLogin}); the patron's carry the patron's own token (its
 * password set at the counter by staff at the start). Every client has items, titles and patrons of its own:
 * the held titles have one copy, so no other desk's check-in can trap it. Talks to this machine only.
 */
public final class DeskDayLoad {

    private static final String USAGE = """
            usage: DeskDayLoad --url jdbc:postgresql://... [--user postgres] [--password ...] [--base http://localhost:8080]
                               [--clients 1] [--warmup 30s] [--duration 120s] [--timeout 10s] [--label "..."]
                               [--min-rounds 0] [--staff-user U --staff-password P]
            Only localhost, 127.0.0.1 and ::1 are accepted as base. A desk ends its round after the duration, and
            goes on until it did --min-rounds rounds. Exit code 0 only when every operation of the round
            succeeded at least once and no request failed.""";

    /** The operations, as the report names them. */
    enum Op {
        CHECKOUT("check-out"),
        CHECKIN("check-in, no hold"),
        CHECKIN_TRAP("check-in, hold here (trap)"),
        CHECKIN_TRANSIT("check-in, hold elsewhere (transit)"),
        RECEIPT("transit received at pickup"),
        RENEWAL("renewal (My page)"),
        MY_LOANS("My page loans"),
        MY_HOLDS("My page holds"),
        PLACE("hold placement (My page)"),
        CANCEL("hold cancel (My page)");

        final String label;

        Op(String label) {
            this.label = label;
        }
    }

    /**
     * One round of a desk: a public library's desk day is mostly lending and returning, so 15 plain lend-and-return
     * steps; 3 My page renewals (each lent, looked at in the loans list, renewed, looked at again, returned); a copy
     * returned while a hold waits here (trapped onto the hold shelf, collected, returned) and, every other round, one
     * whose hold waits at another branch (sent in transit, received there, collected, returned); one placement
     * looked at and cancelled; one holds list and one loans list on their own. {@link #proportions()} counts the
     * requests (printed with every run, and in bench/README.md).
     */
    static final String ROUND = """
            plain plain renew plain plain hold-here plain plain renew plain cancel plain plain renew plain plain
            hold-elsewhere plain plain my-holds plain my-loans plain""";

    private static final String DESK = "west";
    private static final String ELSEWHERE = "east";
    private static final int PLAIN_ITEMS_PER_CLIENT = 200;
    private static final int HELD_ITEMS_PER_CLIENT = 40;
    private static final int PATRONS_PER_CLIENT = 60;
    private static final int MY_PAGE_PATRONS_PER_CLIENT = 3;

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("DeskDayLoad: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (SQLException e) {
            System.err.println("DeskDayLoad: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The exit code: 0 when every operation succeeded at least once and no request failed. */
    public static int run(String... args) throws SQLException {
        Options o = Options.parse(args, Set.of("url", "user", "password", "base", "clients", "warmup", "duration",
                "timeout", "label", "min-rounds", StaffLogin.USER_OPTION, StaffLogin.PASSWORD_OPTION), Set.of("help"));
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
        int minRounds = o.integer("min-rounds", 0);
        if (minRounds < 0 || clients < 1 || clients > 200 || duration.isZero() || duration.isNegative() || warmup.isNegative()
                || timeout.isZero()) {
            throw new IllegalArgumentException("--clients 1..200, a positive --duration and --timeout");
        }
        StaffLogin.Credentials account = StaffLogin.credentials(o);
        Properties login = o.databaseLogin();
        List<String> plain = new ArrayList<>();
        List<String[]> held = new ArrayList<>(); // barcode, title id
        List<String[]> patrons = new ArrayList<>(); // card, patron id
        try (Connection db = DriverManager.getConnection(url, login)) {
            // The held titles have exactly one copy, on the shelf: only this desk ever touches it.
            try (PreparedStatement s = db.prepareStatement("select i.barcode, i.title_id from item i join title t on"
                    + " t.id = i.title_id where t.source = '" + CatalogModel.SOURCE + "' and i.status = 'AVAILABLE'"
                    + " and i.loanable and not exists (select 1 from item j where j.title_id = i.title_id and j.id <> i.id)"
                    + " and not exists (select 1 from hold h where h.title_id = i.title_id and h.status in ('WAITING', 'IN_TRANSIT', 'READY'))"
                    + " order by md5(i.id::text) limit ?")) {
                s.setInt(1, clients * HELD_ITEMS_PER_CLIENT);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        held.add(new String[] {rs.getString(1), Long.toString(rs.getLong(2))});
                    }
                }
            }
            // The plain items: of titles without a hold, never the held titles above (those have one copy).
            try (PreparedStatement s = db.prepareStatement("select i.barcode from item i join title t on t.id = i.title_id"
                    + " where t.source = '" + CatalogModel.SOURCE + "' and i.status = 'AVAILABLE' and i.loanable"
                    + " and exists (select 1 from item j where j.title_id = i.title_id and j.id <> i.id)"
                    + " and not exists (select 1 from hold h where h.title_id = i.title_id and h.status in ('WAITING', 'IN_TRANSIT', 'READY'))"
                    + " order by md5(i.id::text || 'plain') limit ?")) {
                s.setInt(1, clients * PLAIN_ITEMS_PER_CLIENT);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        plain.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement s = db.prepareStatement("select card_number, id from patron where name like ?"
                    + " order by md5(id::text || 'desk') limit ?")) {
                s.setString(1, LoanGenerator.NAME_PREFIX + "%");
                s.setInt(2, clients * PATRONS_PER_CLIENT);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        patrons.add(new String[] {rs.getString(1), Long.toString(rs.getLong(2))});
                    }
                }
            }
        }
        if (plain.size() < clients * PLAIN_ITEMS_PER_CLIENT || held.size() < clients * HELD_ITEMS_PER_CLIENT
                || patrons.size() < clients * PATRONS_PER_CLIENT) {
            System.err.printf("DeskDayLoad: found %,d plain items, %,d single-copy titles on the shelf and %,d bench patrons;"
                    + " %,d, %,d and %,d needed (run CatalogGenerator and LoanGenerator first)%n", plain.size(), held.size(),
                    patrons.size(), clients * PLAIN_ITEMS_PER_CLIENT, clients * HELD_ITEMS_PER_CLIENT,
                    clients * PATRONS_PER_CLIENT);
            return 1;
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        List<Desk> desks = new ArrayList<>();
        try {
            String staffToken = StaffLogin.token(http, base, account);
            Rest staff = new Rest(http, base, staffToken, timeout);
            for (int c = 0; c < clients; c++) {
                List<String[]> mine = patrons.subList(c * PATRONS_PER_CLIENT, (c + 1) * PATRONS_PER_CLIENT);
                List<Rest> myPage = new ArrayList<>();
                List<String> myPageIds = new ArrayList<>();
                for (int m = 0; m < MY_PAGE_PATRONS_PER_CLIENT; m++) {
                    String[] p = mine.get(m);
                    String secret = "desk-day-" + p[0].substring(p[0].length() - 6) + "-yomu";
                    HttpResponse<String> set = staff.send("PUT", "api/v1/patrons/" + p[1] + "/password",
                            "{\"password\":\"" + secret + "\",\"passwordAgain\":\"" + secret + "\"}");
                    if (set.statusCode() != 204) {
                        throw new IllegalStateException("setting a patron's password: " + set.statusCode() + " " + set.body());
                    }
                    HttpResponse<String> token = new Rest(http, base, null, timeout).send("POST", "api/v1/auth/token",
                            "{\"card\":\"" + p[0] + "\",\"password\":\"" + secret + "\"}");
                    String bearer = ReindexTimer.JsonFields.string(token.body(), "token").orElse(null);
                    if (token.statusCode() != 200 || bearer == null) {
                        throw new IllegalStateException("patron login: " + token.statusCode() + " " + token.body());
                    }
                    myPage.add(new Rest(http, base, bearer, timeout));
                    myPageIds.add(p[0]);
                }
                desks.add(new Desk(staff, myPage, myPageIds,
                        mine.subList(MY_PAGE_PATRONS_PER_CLIENT, mine.size()).stream().map(p -> p[0]).toList(),
                        plain.subList(c * PLAIN_ITEMS_PER_CLIENT, (c + 1) * PLAIN_ITEMS_PER_CLIENT),
                        held.subList(c * HELD_ITEMS_PER_CLIENT, (c + 1) * HELD_ITEMS_PER_CLIENT)));
            }
        } catch (IOException | IllegalStateException e) {
            System.err.println("DeskDayLoad: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        System.out.printf("Desk day on %s: %d desk%s, warm-up %d s, measured %d s%s%n", base, clients,
                clients == 1 ? "" : "s", warmup.toSeconds(), duration.toSeconds(), label.isEmpty() ? "" : " (" + label + ")");
        System.out.println("Requests in two rounds of a desk: " + proportions());
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < desks.size(); c++) {
            Desk d = desks.get(c);
            d.measureFrom = measureFrom;
            d.end = end;
            d.minRounds = minRounds;
            Thread t = new Thread(d, "desk-day-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                // A round after the end is finished (so no copy is left out), each request with its timeout.
                t.join(Math.max(0, (end - System.nanoTime()) / 1_000_000)
                        + timeout.toMillis() * 60 * Math.max(1, minRounds) + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Map<Op, Latencies> byOp = new EnumMap<>(Op.class);
        Latencies all = new Latencies();
        for (Op op : Op.values()) {
            Latencies l = new Latencies();
            for (Desk d : desks) {
                l.addAll(d.latencies.get(op));
            }
            byOp.put(op, l);
            all.addAll(l);
        }
        double seconds = duration.toNanos() / 1e9;
        System.out.println();
        System.out.println("| operation | requests | errors | req/s | median ms | p95 ms | p99 ms | max ms | share |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Latencies.Summary total = all.summarize();
        boolean everyOp = true;
        for (Op op : Op.values()) {
            Latencies.Summary s = byOp.get(op).summarize();
            everyOp &= desks.stream().mapToLong(d -> d.succeeded.get(op)[0]).sum() > 0;
            System.out.println(row(op.label, s, seconds, total.count()));
        }
        System.out.println(row("**all**", total, seconds, total.count()));
        boolean clean = true;
        for (Desk d : desks) {
            if (d.firstError != null) {
                System.out.println("First error: " + d.firstError);
                clean = false;
                break;
            }
        }
        return everyOp && clean ? 0 : 1;
    }

    /** What two rounds hold, per operation (the transit comes every other round). */
    static Map<Op, Integer> proportions() {
        Map<Op, Integer> n = new EnumMap<>(Op.class);
        for (Op op : Op.values()) {
            n.put(op, 0);
        }
        for (int round = 0; round < 2; round++) {
            for (String step : ROUND.strip().split("\\s+")) {
                for (Op op : steps(step, round)) {
                    n.merge(op, 1, Integer::sum);
                }
            }
        }
        return n;
    }

    /** The requests of one step of the round (the transit every other round). */
    static List<Op> steps(String step, int round) {
        return switch (step) {
            case "plain" -> List.of(Op.CHECKOUT, Op.CHECKIN);
            case "renew" -> List.of(Op.CHECKOUT, Op.MY_LOANS, Op.RENEWAL, Op.MY_LOANS, Op.CHECKIN);
            case "hold-here" -> List.of(Op.CHECKOUT, Op.PLACE, Op.CHECKIN_TRAP, Op.CHECKOUT, Op.CHECKIN);
            case "hold-elsewhere" -> round % 2 == 0 ? List.of(Op.CHECKOUT, Op.PLACE, Op.CHECKIN_TRANSIT, Op.RECEIPT,
                    Op.CHECKOUT, Op.CHECKIN) : List.of(Op.CHECKOUT, Op.CHECKIN);
            case "cancel" -> List.of(Op.PLACE, Op.MY_HOLDS, Op.CANCEL);
            case "my-holds" -> List.of(Op.MY_HOLDS);
            case "my-loans" -> List.of(Op.MY_LOANS);
            default -> throw new IllegalStateException("unknown step " + step);
        };
    }

    private static String row(String label, Latencies.Summary s, double seconds, long total) {
        return String.format("| %s | %,d | %,d | %,.1f | %.2f | %.2f | %.2f | %.2f | %.1f%% |", label,
                s.count() + s.errors(), s.errors(), s.count() / seconds, s.p50() / 1000.0, s.p95() / 1000.0,
                s.p99() / 1000.0, s.max() / 1000.0, total == 0 ? 0.0 : 100.0 * s.count() / total);
    }

    /** JSON over HTTP with one bearer token (or none). */
    private record Rest(HttpClient http, URI base, String token, Duration timeout) {

        HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/" + path)).timeout(timeout)
                    .header("Accept", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (json != null) {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** One desk going through its rounds. */
    private static final class Desk implements Runnable {
        final Map<Op, Latencies> latencies = new EnumMap<>(Op.class);
        private final Rest staff;
        private final List<Rest> myPage;
        private final List<String> myPageCards;
        private final List<String> cards;
        private final List<String> plain;
        private final List<String[]> held;
        final Map<Op, long[]> succeeded = new EnumMap<>(Op.class);
        long measureFrom;
        long end;
        int minRounds;
        volatile String firstError;
        private int nextPlain;
        private int nextHeld;
        private int nextCard;
        private int nextMine;

        Desk(Rest staff, List<Rest> myPage, List<String> myPageCards, List<String> cards, List<String> plain,
                List<String[]> held) {
            this.staff = staff;
            this.myPage = myPage;
            this.myPageCards = myPageCards;
            this.cards = cards;
            this.plain = plain;
            this.held = held;
            for (Op op : Op.values()) {
                latencies.put(op, new Latencies());
                succeeded.put(op, new long[1]);
            }
        }

        @Override
        public void run() {
            String[] steps = ROUND.strip().split("\\s+");
            try {
                for (int round = 0; (System.nanoTime() < end || round < minRounds) && firstError == null; round++) {
                    for (String step : steps) {
                        if (firstError != null) {
                            return;
                        }
                        step(step, round);
                    }
                }
            } catch (IOException e) {
                fail("I/O " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void step(String step, int round) throws IOException, InterruptedException {
            switch (step) {
                case "plain" -> lendAndReturn(next(plain, nextPlain++), next(cards, nextCard++));
                case "hold-elsewhere" -> {
                    if (round % 2 == 0) {
                        heldCopy(ELSEWHERE);
                    } else {
                        lendAndReturn(next(plain, nextPlain++), next(cards, nextCard++));
                    }
                }
                case "renew" -> {
                    int m = nextMine++ % myPage.size();
                    String barcode = next(plain, nextPlain++);
                    String loan = checkout(myPageCards.get(m), barcode, DESK);
                    call(Op.MY_LOANS, myPage.get(m), "GET", "api/v1/me/loans", null, 200);
                    call(Op.RENEWAL, myPage.get(m), "POST", "api/v1/me/loans/" + loan + "/renewal", null, 200);
                    call(Op.MY_LOANS, myPage.get(m), "GET", "api/v1/me/loans", null, 200);
                    checkin(barcode, DESK, Op.CHECKIN, "SHELF");
                }
                case "hold-here" -> heldCopy(DESK);
                case "cancel" -> {
                    int m = nextMine++ % myPage.size();
                    String title = next(held, nextHeld++)[1];
                    String placed = call(Op.PLACE, myPage.get(m), "POST", "api/v1/me/holds", placement(title, DESK), 201);
                    call(Op.MY_HOLDS, myPage.get(m), "GET", "api/v1/me/holds", null, 200);
                    ReindexTimer.JsonFields.number(placed, "id").ifPresentOrElse(
                            id -> {
                                try {
                                    call(Op.CANCEL, myPage.get(m), "DELETE", "api/v1/me/holds/" + id, null, 204);
                                } catch (IOException e) {
                                    fail("I/O " + e);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            },
                            () -> fail("no hold id in " + placed));
                }
                case "my-holds" -> call(Op.MY_HOLDS, myPage.get(nextMine++ % myPage.size()), "GET", "api/v1/me/holds",
                        null, 200);
                case "my-loans" -> call(Op.MY_LOANS, myPage.get(nextMine++ % myPage.size()), "GET", "api/v1/me/loans",
                        null, 200);
                default -> throw new IllegalStateException("unknown step " + step);
            }
        }

        /** A copy of a one-copy title is out; a My page patron holds the title; the return finds the hold. */
        private void heldCopy(String pickup) throws IOException, InterruptedException {
            String[] copy = next(held, nextHeld++);
            int m = nextMine++ % myPage.size();
            checkout(next(cards, nextCard++), copy[0], DESK);
            call(Op.PLACE, myPage.get(m), "POST", "api/v1/me/holds", placement(copy[1], pickup), 201);
            if (pickup.equals(DESK)) {
                checkin(copy[0], DESK, Op.CHECKIN_TRAP, "HOLD_SHELF");
            } else {
                checkin(copy[0], DESK, Op.CHECKIN_TRANSIT, "TRANSIT");
                call(Op.RECEIPT, staff, "POST", "api/v1/holds/receipts",
                        "{\"barcode\":\"" + copy[0] + "\",\"branchCode\":\"" + pickup + "\"}", 200);
            }
            checkout(myPageCards.get(m), copy[0], pickup); // collected: the hold is fulfilled
            checkin(copy[0], DESK, Op.CHECKIN, "SHELF");
        }

        private void lendAndReturn(String barcode, String card) throws IOException, InterruptedException {
            checkout(card, barcode, DESK);
            checkin(barcode, DESK, Op.CHECKIN, "SHELF");
        }

        private String checkout(String card, String barcode, String branch) throws IOException, InterruptedException {
            String body = call(Op.CHECKOUT, staff, "POST", "api/v1/circulation/checkouts", "{\"card\":\"" + card
                    + "\",\"barcode\":\"" + barcode + "\",\"branchCode\":\"" + branch + "\"}", 201);
            return body == null ? "0" : Long.toString(ReindexTimer.JsonFields.number(body, "loanId").orElse(0));
        }

        private void checkin(String barcode, String branch, Op op, String disposition)
                throws IOException, InterruptedException {
            String body = call(op, staff, "POST", "api/v1/circulation/checkins",
                    "{\"barcode\":\"" + barcode + "\",\"branchCode\":\"" + branch + "\"}", 200);
            String got = body == null ? null : ReindexTimer.JsonFields.string(body, "disposition").orElse("?");
            if (got != null && !got.equals(disposition)) {
                fail(op.label + " of " + barcode + ": disposition " + got + ", expected " + disposition + ": " + body);
            }
        }

        private static String placement(String titleId, String pickup) {
            return "{\"titleIds\":[" + titleId + "],\"type\":\"NORMAL\",\"contact\":\"NONE\",\"pickupBranch\":\""
                    + pickup + "\",\"confirmationMail\":false}";
        }

        /** The answer's body when it had the expected status, else null (and the desk stops at its first error). */
        private String call(Op op, Rest rest, String method, String path, String json, int expected)
                throws IOException, InterruptedException {
            long t0 = System.nanoTime();
            boolean measured = t0 >= measureFrom;
            HttpResponse<String> r = rest.send(method, path, json);
            long t1 = System.nanoTime();
            if (r.statusCode() != expected) {
                if (measured) {
                    latencies.get(op).error();
                }
                fail(op.label + ": " + method + " " + path + " " + r.statusCode() + " " + r.body());
                return null;
            }
            succeeded.get(op)[0]++;
            if (measured && t1 <= end) {
                latencies.get(op).record((t1 - t0) / 1_000, 1);
            }
            return r.body();
        }

        private void fail(String what) {
            if (firstError == null) {
                firstError = what;
            }
        }

        private static <T> T next(List<T> list, int k) {
            return list.get(Math.floorMod(k, list.size()));
        }
    }
}
