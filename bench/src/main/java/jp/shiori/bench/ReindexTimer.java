package jp.shiori.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the full catalog reindex and times it to COMPLETED:
 * {@code POST {base}/api/v1/ops/jobs/catalog-reindex} (202, {@code {"executionId":N,"status":"STARTED",...}}),
 * then {@code GET {base}/api/v1/ops/executions/N} every second for {@code status}, {@code done} and
 * {@code total}. Talks to this machine only; gives up after {@code --timeout} (the job
 * itself goes on in the server). Logs in as staff first ({@link StaffLogin}): the job API is for staff.
 */
public final class ReindexTimer {

    private static final String USAGE = """
            usage: ReindexTimer [--base http://localhost:8080] [--job catalog-reindex] [--poll 1s] [--timeout 2h]
                                [--staff-user U --staff-password P]
            Only localhost, 127.0.0.1 and ::1 are accepted as base. The job API is for staff: the account is
            LIBRARY_ADMIN_USERNAME / LIBRARY_ADMIN_PASSWORD unless --staff-user and --staff-password name another.""";

    private static final Set<String> FAILED = Set.of("FAILED", "STOPPED", "STOPPING", "ABANDONED");

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("ReindexTimer: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    /** The exit code: 0 when the job reached COMPLETED. */
    public static int run(String... args) {
        Options o = Options.parse(args, Set.of("base", "job", "poll", "timeout", StaffLogin.USER_OPTION,
                StaffLogin.PASSWORD_OPTION), Set.of("help"));
        if (o.flag("help")) {
            System.out.println(USAGE);
            return 0;
        }
        URI base = Loopback.requireLoopback(o.text("base", "http://localhost:8080"));
        String job = o.text("job", "catalog-reindex");
        if (!job.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("--job is a job name such as catalog-reindex");
        }
        Duration poll = o.duration("poll", Duration.ofSeconds(1));
        Duration timeout = o.duration("timeout", Duration.ofHours(2));
        if (poll.isZero() || poll.isNegative() || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("--poll and --timeout must be positive");
        }
        StaffLogin.Credentials account = StaffLogin.credentials(o);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try {
            return time(http, base, StaffLogin.token(http, base, account), job, poll, timeout);
        } catch (IllegalStateException e) {
            System.err.println("ReindexTimer: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("ReindexTimer: cannot reach " + base + " (is Shiori running?): " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int time(HttpClient http, URI base, String token, String job, Duration poll, Duration timeout)
            throws IOException, InterruptedException {
        URI start = URI.create(base + "/api/v1/ops/jobs/" + job);
        long t0 = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(start).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() / 100 != 2) {
            System.err.printf("ReindexTimer: POST %s answered %d: %s%n", start, started.statusCode(), started.body());
            return 1;
        }
        OptionalLong id = JsonFields.number(started.body(), "executionId");
        if (id.isEmpty()) {
            System.err.println("ReindexTimer: no executionId in the answer: " + started.body());
            return 1;
        }
        System.out.printf("Started %s: execution %d (%d %s)%n", job, id.getAsLong(), started.statusCode(),
                JsonFields.string(started.body(), "status").orElse("?"));

        URI execution = URI.create(base + "/api/v1/ops/executions/" + id.getAsLong());
        long deadline = t0 + timeout.toNanos();
        String lastLine = "";
        long lastDone = -1;
        long lastTime = t0;
        while (System.nanoTime() < deadline) {
            Thread.sleep(poll.toMillis());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(execution).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            long now = System.nanoTime();
            double elapsed = (now - t0) / 1e9;
            if (r.statusCode() != 200) {
                System.out.printf("  %7.1f s  GET %s answered %d%n", elapsed, execution, r.statusCode());
                continue;
            }
            String body = r.body();
            String status = JsonFields.string(body, "status").orElse("?");
            OptionalLong done = JsonFields.number(body, "done");
            OptionalLong total = JsonFields.number(body, "total");
            String line = String.format("%-10s %s", status, done.isPresent()
                    ? String.format("%,d / %s", done.getAsLong(), total.isPresent() ? String.format("%,d", total.getAsLong()) : "?")
                    : "");
            if (!line.equals(lastLine)) {
                String rate = "";
                if (done.isPresent() && lastDone >= 0 && now > lastTime) {
                    rate = String.format("  %,.0f titles/s", (done.getAsLong() - lastDone) / ((now - lastTime) / 1e9));
                }
                System.out.printf("  %7.1f s  %s%s%n", elapsed, line, rate);
                lastLine = line;
                lastDone = done.orElse(-1);
                lastTime = now;
            }
            if (status.equals("COMPLETED")) {
                long titles = total.orElse(done.orElse(-1));
                System.out.printf("Reindex completed in %.1f s (measured here, to within %d ms of polling)%s%n", elapsed,
                        poll.toMillis(), titles > 0 ? String.format(": %,d titles, %,.0f titles/s", titles, titles / elapsed) : "");
                serverDuration(body).ifPresent(d -> System.out.printf("Server's own start-to-end time: %.1f s%n", d.toMillis() / 1000.0));
                System.out.println();
                System.out.println("Row for docs/PERFORMANCE.md:");
                System.out.printf("| full catalog reindex%s | %.0f s%s | `ReindexTimer` (bench/run.sh) |%n",
                        titles > 0 ? String.format(", %,d titles", titles) : "", elapsed,
                        titles > 0 ? String.format(" (%,.0f titles/s)", titles / elapsed) : "");
                return 0;
            }
            if (FAILED.contains(status)) {
                System.err.printf("ReindexTimer: execution %d ended %s after %.1f s: %s%n", id.getAsLong(), status, elapsed, body);
                return 1;
            }
        }
        System.err.printf("ReindexTimer: not COMPLETED after %s; the job goes on in the server%n", timeout);
        return 1;
    }

    /** From startedAt and endedAt of the execution when both are present and readable as ISO-8601. */
    private static Optional<Duration> serverDuration(String body) {
        Optional<Instant> start = JsonFields.string(body, "startedAt").flatMap(ReindexTimer::instant);
        Optional<Instant> end = JsonFields.string(body, "endedAt").flatMap(ReindexTimer::instant);
        return start.isPresent() && end.isPresent() ? Optional.of(Duration.between(start.get(), end.get())) : Optional.empty();
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /** The few fields read from the job API, without a JSON library. */
    static final class JsonFields {

        private JsonFields() {
        }

        static OptionalLong number(String json, String field) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(-?\\d+)").matcher(json);
            return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
        }

        static Optional<String> string(String json, String field) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }
    }
}
