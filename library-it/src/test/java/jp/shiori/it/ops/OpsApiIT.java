package jp.shiori.it.ops;

import static jp.shiori.it.ShioriClient.array;
import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operator's REST: schedules as data, start with parameters, stop, restart, and the refusals of bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpsApiIT extends ShioriDeployment {

    private static final Duration RUN = Duration.ofSeconds(60);

    @ArquillianResource
    URL deploymentUrl;

    private ShioriClient operator;

    @BeforeEach
    void setUp() {
        URI base = baseUri(deploymentUrl);
        operator = ShioriClient.newStaff(base, "OPERATOR");
    }

    @Test
    void theThreeJobsAreScheduledDailyInTokyoTime() {
        var schedules = array(operator.get("api/v1/ops/schedules"));
        assertSchedule(schedules, "hold-expiry", "30 0 * * *");
        assertSchedule(schedules, "card-renewal-reminders", "0 7 * * *");
        assertSchedule(schedules, "due-date-reminders", "30 7 * * *");
    }

    private static void assertSchedule(jakarta.json.JsonArray schedules, String job, String expression) {
        JsonObject schedule = schedules.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("jobName").equals(job))
                .findFirst()
                .orElseThrow(() -> new AssertionError(job));
        assertEquals("Asia/Tokyo", schedule.getString("zone"), job);
        assertTrue(schedule.containsKey("enabled"), job);
        if (schedule.getBoolean("enabled") && schedule.containsKey("nextFireAt") && !schedule.isNull("nextFireAt")) {
            assertTrue(
                    Instant.parse(schedule.getString("nextFireAt"))
                            .isAfter(Instant.now().minusSeconds(60)),
                    job);
        }
        if (job.equals("hold-expiry")) {
            return; // another test may change it while it runs; its seed is checked through the others
        }
        assertEquals(expression, schedule.getString("expression"), job);
    }

    @Test
    void aPreviewShowsTheNextFiveTicksInTheSchedulesZone() {
        var ticks = array(operator.get(
                "api/v1/ops/schedules/preview?expression=" + ShioriClient.encode("30 0 * * *") + "&zone=Asia/Tokyo"));
        assertEquals(5, ticks.size());
        ZonedDateTime first = ZonedDateTime.parse(ticks.getString(0));
        assertEquals(0, first.getHour());
        assertEquals(30, first.getMinute());
        assertEquals("+09:00", first.getOffset().getId());
    }

    @Test
    void badSchedulesAndParametersAreRefusedAndChangeNothing() {
        String before = operator.get("api/v1/ops/schedules/due-date-reminders").body();
        assertProblem(
                400,
                operator.putJson(
                        "api/v1/ops/schedules/due-date-reminders",
                        "{\"expression\":\"every day at seven\",\"zone\":\"Asia/Tokyo\",\"enabled\":true,\"parameters\":{}}"));
        assertProblem(
                400,
                operator.putJson(
                        "api/v1/ops/schedules/due-date-reminders",
                        "{\"expression\":\"0 7 * * *\",\"zone\":\"Mars/Olympus\",\"enabled\":true,\"parameters\":{}}"));
        assertProblem(
                400,
                operator.putJson(
                        "api/v1/ops/schedules/due-date-reminders",
                        "{\"expression\":\"0 7 * * *\",\"zone\":\"Asia/Tokyo\",\"enabled\":true,\"parameters\":{\"daysBefore\":\"two\"}}"));
        assertProblem(
                400,
                operator.putJson(
                        "api/v1/ops/schedules/due-date-reminders",
                        "{\"expression\":\"0 7 * * *\",\"zone\":\"Asia/Tokyo\",\"enabled\":true,\"parameters\":{\"colour\":\"red\"}}"));
        assertProblem(
                400,
                operator.putJson(
                        "api/v1/ops/schedules/due-date-reminders",
                        "{\"expression\":\"61 7 * * *\",\"zone\":\"Asia/Tokyo\",\"enabled\":true,\"parameters\":{}}"));
        assertEquals(
                before, operator.get("api/v1/ops/schedules/due-date-reminders").body(), "nothing changed");
        assertProblem(
                404,
                operator.putJson(
                        "api/v1/ops/schedules/no-such-job",
                        "{\"expression\":\"0 7 * * *\",\"zone\":\"Asia/Tokyo\",\"enabled\":true,\"parameters\":{}}"));
        assertProblem(400, operator.get("api/v1/ops/schedules/preview?expression=x&zone=Asia/Tokyo"));
        assertProblem(404, operator.postJson("api/v1/ops/jobs/no-such-job", "{}"));
        assertProblem(400, operator.postJson("api/v1/ops/jobs/due-date-reminders", "{\"daysBefore\":\"-3\"}"));
        assertProblem(404, operator.postJson("api/v1/ops/executions/987654321/restart", ""));
        assertProblem(404, operator.postJson("api/v1/ops/executions/987654321/stop", ""));
        assertProblem(404, operator.get("api/v1/ops/executions/987654321"));
    }

    @Test
    void aCompletedRunCannotBeRestartedNorStopped() {
        HttpResponse<String> started = operator.postJson("api/v1/ops/jobs/hold-expiry", "{}");
        assertEquals(202, started.statusCode(), started.body());
        long id = object(started).getJsonNumber("executionId").longValue();
        JsonObject done = operator.await("api/v1/ops/executions/" + id, e -> !running(e), RUN);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertFalse(done.getJsonArray("steps").isEmpty(), "per-step counts");
        assertProblem(409, operator.postJson("api/v1/ops/executions/" + id + "/restart", ""));
        assertProblem(409, operator.postJson("api/v1/ops/executions/" + id + "/stop", ""));
    }

    @Test
    void operationsNeedTheOperatorRole() {
        ShioriClient desk = ShioriClient.newStaff(baseUri(deploymentUrl), "CIRCULATION");
        assertProblem(403, desk.get("api/v1/ops/schedules"));
        assertProblem(
                403,
                desk.putJson(
                        "api/v1/ops/schedules/hold-expiry",
                        "{\"expression\":\"0 1 * * *\",\"zone\":\"Asia/Tokyo\",\"enabled\":true,\"parameters\":{}}"));
    }

    @Test
    void aChangedScheduleFiresAtItsNextTickWithoutARedeploy() {
        JsonObject seed = object(operator.get("api/v1/ops/schedules/hold-expiry"));
        try {
            HttpResponse<String> changed = operator.putJson(
                    "api/v1/ops/schedules/hold-expiry",
                    "{\"expression\":\"* * * * *\",\"zone\":\"Asia/Tokyo\",\"enabled\":true,\"parameters\":{}}");
            assertEquals(200, changed.statusCode(), changed.body());
            Instant next = Instant.parse(object(changed).getString("nextFireAt"));
            assertTrue(next.isBefore(Instant.now().plusSeconds(61)), "within the minute: " + next);
            JsonObject fired = operator.await(
                    "api/v1/ops/schedules/hold-expiry",
                    s -> s.containsKey("lastExecutionId")
                            && !s.isNull("lastExecutionId")
                            && s.containsKey("lastFireAt")
                            && !s.isNull("lastFireAt")
                            && !Instant.parse(s.getString("lastFireAt")).isBefore(next),
                    Duration.ofSeconds(100));
            long execution = fired.getJsonNumber("lastExecutionId").longValue();
            JsonObject run = operator.await("api/v1/ops/executions/" + execution, e -> !running(e), RUN);
            assertEquals("COMPLETED", run.getString("status"));
            assertEquals(next.toString(), run.getJsonObject("parameters").getString("scheduledFor"));
        } finally {
            operator.putJson(
                    "api/v1/ops/schedules/hold-expiry",
                    "{\"expression\":\"" + seed.getString("expression")
                            + "\",\"zone\":\"" + seed.getString("zone") + "\",\"enabled\":" + seed.getBoolean("enabled")
                            + ",\"parameters\":{}}");
        }
    }

    static boolean running(JsonObject execution) {
        String status = execution.getString("status");
        return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
    }
}
