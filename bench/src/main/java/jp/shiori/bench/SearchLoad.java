package jp.shiori.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import jp.shiori.bench.QueryMix.Kind;
import jp.shiori.bench.QueryMix.Query;

/**
 * Load on the REST catalog search, {@code GET {base}/api/v1/catalog/search?q=...}: a number of clients,
 * each sending its next query as soon as the previous answer is in (closed loop), a warm-up whose answers
 * are not counted, then the measured period. Stops by itself; talks to this machine only.
 *
 * <pre>
 * java -cp target/shiori-bench.jar jp.shiori.bench.SearchLoad --clients 20 [--warmup 30s] [--duration 120s]
 *     [--base http://localhost:8080] [--seed 42] [--titles 500000] [--timeout 10s] [--pool 20000]
 * </pre>
 *
 * {@code --seed} and {@code --titles} must be those given to the generator, so that ISBN queries name
 * titles that exist.
 */
public final class SearchLoad {

    private static final String USAGE = """
            usage: SearchLoad [--base http://localhost:8080] [--clients 1] [--warmup 30s] [--duration 120s]
                              [--timeout 10s] [--seed 42] [--titles 500000] [--pool 20000]
                              [--label "500,000 titles, 1,000,000 items"] [--aozora list_person_all_utf8_2017.csv]
            Only localhost, 127.0.0.1 and ::1 are accepted as base.""";

    private static final byte[] TOTAL = "\"total\":".getBytes(StandardCharsets.US_ASCII);

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("SearchLoad: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    static int run(String[] args) {
        Options o = Options.parse(args, Set.of("base", "clients", "warmup", "duration", "timeout", "seed", "titles",
                "pool", "label", "aozora"), Set.of("help"));
        if (o.flag("help")) {
            System.out.println(USAGE);
            return 0;
        }
        URI base = Loopback.requireLoopback(o.text("base", "http://localhost:8080"));
        int clients = o.integer("clients", 1);
        Duration warmup = o.duration("warmup", Duration.ofSeconds(30));
        Duration duration = o.duration("duration", Duration.ofSeconds(120));
        Duration timeout = o.duration("timeout", Duration.ofSeconds(10));
        long seed = o.number("seed", 42);
        int titles = o.integer("titles", 500_000);
        int poolSize = o.integer("pool", 20_000);
        String label = o.text("label", String.format("%,d titles", titles));
        if (clients < 1 || clients > 200 || duration.isZero() || duration.isNegative() || warmup.isNegative()
                || poolSize < 1 || timeout.isZero()) {
            throw new IllegalArgumentException("--clients 1..200, a positive --duration and --timeout, --pool >= 1");
        }

        Vocabulary vocabulary = Vocabulary.load(Path.of(o.text("aozora", Vocabulary.DEFAULT_AOZORA.toString())));
        // The record dates (as-of) play no part in what a title is called or numbered.
        CatalogModel catalog = new CatalogModel(vocabulary, seed, LocalDate.now());
        List<Query> pool = new QueryMix(vocabulary, catalog, titles).pool(seed, poolSize);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        String firstProblem = probe(http, base, pool.get(0), timeout);
        if (firstProblem != null) {
            System.err.println("SearchLoad: " + firstProblem);
            return 1;
        }

        System.out.printf("Catalog search on %s: %d client%s, warm-up %d s, measured %d s, %,d queries in the pool "
                + "(seed %d, %s)%n", base, clients, clients == 1 ? "" : "s", warmup.toSeconds(), duration.toSeconds(),
                pool.size(), seed, label);
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        AtomicLong next = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        List<Client> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Client client = new Client(http, base, pool, next, sent, timeout, measureFrom, end);
            Thread t = new Thread(client, "search-client-" + c);
            t.setDaemon(true);
            client.thread = t;
            workers.add(client);
            t.start();
        }
        report(start, measureFrom, end, sent);
        for (Client w : workers) {
            try {
                // Every request carries the timeout, so a client is done at most that long after the end.
                w.thread.join(timeout.toMillis() + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        Map<Kind, Latencies> byKind = new EnumMap<>(Kind.class);
        Latencies all = new Latencies();
        for (Kind k : Kind.values()) {
            byKind.put(k, new Latencies());
        }
        for (Client w : workers) {
            for (Kind k : Kind.values()) {
                byKind.get(k).addAll(w.latencies.get(k));
                all.addAll(w.latencies.get(k));
            }
        }
        printResults(byKind, all, duration, clients, warmup, label);
        return all.count() == 0 ? 1 : 0;
    }

    /** One request before the clock starts: a wrong port or a missing application is said plainly. */
    private static String probe(HttpClient http, URI base, Query q, Duration timeout) {
        try {
            HttpResponse<String> r = http.send(request(base, q, timeout), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                String body = r.body();
                return base + q.pathAndQuery() + " answered " + r.statusCode() + ": "
                        + body.substring(0, Math.min(300, body.length()));
            }
            return null;
        } catch (IOException e) {
            return "cannot reach " + base + " (is Shiori running?): " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static HttpRequest request(URI base, Query q, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(base + q.pathAndQuery())).timeout(timeout)
                .header("Accept", "application/json").GET().build();
    }

    /** A line every ten seconds while the clients run, and one when the warm-up ends. */
    private static void report(long start, long measureFrom, long end, AtomicLong sent) {
        boolean measuring = measureFrom <= start;
        long lastCount = 0;
        long lastTime = start;
        long now;
        while ((now = System.nanoTime()) < end) {
            long target = Math.min(now + 10_000_000_000L, measuring ? end : measureFrom);
            try {
                Thread.sleep(Math.max(1, (target - now + 999_999) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long count = sent.get();
            long t = System.nanoTime();
            System.out.printf("  %4d s  %,9d requests  %,8.1f req/s%s%n", (t - start) / 1_000_000_000L, count,
                    (count - lastCount) / ((t - lastTime) / 1e9), measuring ? "" : "  (warm-up)");
            lastCount = count;
            lastTime = t;
            if (!measuring && t >= measureFrom) {
                measuring = true;
                System.out.println("  warm-up over, measuring");
            }
        }
    }

    private static void printResults(Map<Kind, Latencies> byKind, Latencies all, Duration duration, int clients,
            Duration warmup, String label) {
        double seconds = duration.toNanos() / 1e9;
        System.out.println();
        System.out.println("| query kind | requests | errors | req/s | median ms | p95 ms | p99 ms | max ms | no hits | median hits |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Kind k : Kind.values()) {
            System.out.println(row(k.label, byKind.get(k).summarize(), seconds));
        }
        Latencies.Summary total = all.summarize();
        System.out.println(row("**all**", total, seconds));
        System.out.println();
        System.out.println("Row for docs/PERFORMANCE.md:");
        System.out.printf("| catalog search (REST), %d client%s, %s | %,.1f req/s; median %s ms, p95 %s ms, p99 %s ms, "
                + "max %s ms; %,d errors in %,d requests | `SearchLoad --clients %d --warmup %ds --duration %ds` "
                + "(bench/run.sh) |%n", clients, clients == 1 ? "" : "s", label, total.count() / seconds, ms(total.p50()),
                ms(total.p95()), ms(total.p99()), ms(total.max()), total.errors(), total.count() + total.errors(),
                clients, warmup.toSeconds(), duration.toSeconds());
    }

    private static String row(String label, Latencies.Summary s, double seconds) {
        return String.format("| %s | %,d | %,d | %,.1f | %s | %s | %s | %s | %.1f%% | %,d |", label, s.count() + s.errors(),
                s.errors(), s.count() / seconds, ms(s.p50()), ms(s.p95()), ms(s.p99()), ms(s.max()),
                s.count() == 0 ? 0.0 : 100.0 * s.zeroHits() / s.count(), s.medianHits());
    }

    private static String ms(long micros) {
        return String.format("%.2f", micros / 1000.0);
    }

    /** The {@code total} of a search result, read without a JSON library: -1 when absent. */
    static long total(byte[] body) {
        outer:
        for (int i = 0; i + TOTAL.length <= body.length; i++) {
            for (int k = 0; k < TOTAL.length; k++) {
                if (body[i + k] != TOTAL[k]) {
                    continue outer;
                }
            }
            long value = 0;
            int j = i + TOTAL.length;
            while (j < body.length && body[j] == ' ') {
                j++;
            }
            boolean digits = false;
            while (j < body.length && body[j] >= '0' && body[j] <= '9') {
                value = value * 10 + (body[j++] - '0');
                digits = true;
            }
            return digits ? value : -1;
        }
        return -1;
    }

    /** A patron at a terminal: the next query as soon as the answer is in. */
    private static final class Client implements Runnable {
        final Map<Kind, Latencies> latencies = new EnumMap<>(Kind.class);
        private final HttpClient http;
        private final URI base;
        private final List<Query> pool;
        private final AtomicLong next;
        private final AtomicLong sent;
        private final Duration timeout;
        private final long measureFrom;
        private final long end;
        Thread thread;

        Client(HttpClient http, URI base, List<Query> pool, AtomicLong next, AtomicLong sent, Duration timeout,
                long measureFrom, long end) {
            this.http = http;
            this.base = base;
            this.pool = pool;
            this.next = next;
            this.sent = sent;
            this.timeout = timeout;
            this.measureFrom = measureFrom;
            this.end = end;
            for (Kind k : Kind.values()) {
                latencies.put(k, new Latencies());
            }
        }

        @Override
        public void run() {
            while (System.nanoTime() < end) {
                Query q = pool.get((int) (next.getAndIncrement() % pool.size()));
                HttpRequest request = request(base, q, timeout);
                long t0 = System.nanoTime();
                int status;
                byte[] body = null;
                try {
                    HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    status = r.statusCode();
                    body = r.body();
                } catch (IOException e) {
                    status = -1;
                } catch (InterruptedException e) {
                    return;
                }
                long t1 = System.nanoTime();
                sent.incrementAndGet();
                if (t0 < measureFrom || t1 > end + timeout.toNanos()) {
                    continue;
                }
                if (status == 200) {
                    latencies.get(q.kind()).record((t1 - t0) / 1_000, total(body));
                } else {
                    latencies.get(q.kind()).error();
                }
            }
        }
    }
}
