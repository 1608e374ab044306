package jp.shiori.ops;

import java.time.Instant;
import java.util.Map;

/**
 * A job's schedule as operators see and change it: the cron expression and its zone, whether it runs by
 * itself, the parameters it is started with, the tick it last fired for and the next one.
 */
public record JobSchedule(
        String jobName,
        String expression,
        String zone,
        boolean enabled,
        Map<String, String> parameters,
        Instant lastFireAt,
        Long lastExecutionId,
        Instant nextFireAt) {

    public JobSchedule {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
