package jp.shiori.ops;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * One run of a batch job as operators see it. {@code done} and {@code total} measure progress in the
 * job's own unit (titles indexed, records imported); {@code total} is 0 when unknown.
 */
public record JobExecutionView(
        long executionId,
        String jobName,
        String status,
        String exitStatus,
        Instant startedAt,
        Instant endedAt,
        long done,
        long total,
        Map<String, String> parameters) implements Serializable {

    public JobExecutionView {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    @JsonbTransient
    public boolean isRunning() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }
}
