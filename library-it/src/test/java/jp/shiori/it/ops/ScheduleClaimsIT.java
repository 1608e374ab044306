package jp.shiori.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.TestDatabase;
import jp.shiori.ops.internal.ScheduleClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two schedulers (two connections, as two Payara instances would have) claim the ticks of the same schedules at
 * the same moments: every tick is claimed exactly once, and ticks missed while both were down are claimed once.
 * Runs on a copy of job_schedule in a schema of its own, so the deployed scheduler does not take part.
 */
class ScheduleClaimsIT {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private static final List<String> JOBS = List.of("job-a", "job-b", "job-c");

    private String schema;

    @BeforeEach
    void copySchedules() throws SQLException {
        schema = "claims_" + ShioriClient.uniqueWord().toLowerCase().replaceAll("[^a-z0-9]", "");
        try (Connection c = TestDatabase.connect();
                Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
            s.execute("create table " + schema + ".job_schedule (like public.job_schedule including all)");
            for (String job : JOBS) {
                s.execute("insert into " + schema + ".job_schedule (job_name, expression, zone, enabled, parameters,"
                        + " next_fire_at) values ('" + job + "', '* * * * *', 'Asia/Tokyo', true, '', '"
                        + Timestamp.from(T0) + "')");
            }
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = TestDatabase.connect();
                Statement s = c.createStatement()) {
            s.execute("drop schema " + schema + " cascade");
        }
    }

    @Test
    void everyTickIsClaimedOnceByTwoSchedulersLookingAtTheSameMoments() throws Exception {
        int minutes = 30;
        List<ScheduleClaims.Claim> claims = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                running.add(instances.submit(() -> {
                    try (Connection c = connection()) {
                        for (int m = 0; m < minutes; m++) {
                            together.await();
                            // Both look a few seconds into each minute, as their timers would.
                            claims.addAll(ScheduleClaims.claimDue(
                                    c, T0.plus(m, ChronoUnit.MINUTES).plusSeconds(5)));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            instances.shutdownNow();
        }
        Map<String, List<Instant>> ticks = new HashMap<>();
        claims.forEach(claim ->
                ticks.computeIfAbsent(claim.jobName(), j -> new ArrayList<>()).add(claim.tick()));
        for (String job : JOBS) {
            List<Instant> expected = new ArrayList<>();
            for (int m = 0; m < minutes; m++) {
                expected.add(T0.plus(m, ChronoUnit.MINUTES));
            }
            List<Instant> got = ticks.getOrDefault(job, List.of());
            Collections.sort(got);
            assertEquals(expected, got, job + ": each minute's tick exactly once");
        }
    }

    @Test
    void ticksMissedWhileEveryInstanceWasDownAreClaimedOnceAtTheNextLook() throws Exception {
        try (Connection first = connection();
                Connection second = connection()) {
            Instant later = T0.plus(Duration.ofHours(3)).plusSeconds(5);
            List<ScheduleClaims.Claim> claims = new ArrayList<>(ScheduleClaims.claimDue(first, later));
            claims.addAll(ScheduleClaims.claimDue(second, later));
            assertEquals(JOBS.size(), claims.size(), "one run per job, not one per missed minute: " + claims);
            claims.forEach(claim -> assertEquals(T0, claim.tick()));
            assertEquals(List.of(), ScheduleClaims.claimDue(second, later.plusSeconds(10)));
            assertEquals(
                    JOBS.size(),
                    ScheduleClaims.claimDue(first, later.plusSeconds(60)).size(),
                    "the next minute");
        }
    }

    private Connection connection() throws SQLException {
        Connection c = TestDatabase.connect();
        try (Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema);
        }
        return c;
    }
}
