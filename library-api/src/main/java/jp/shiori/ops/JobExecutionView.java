package jp.shiori.ops;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run of a batch job as operators see it. {@code done} and {@code total} measure progress in the
 * job's own unit (titles indexed, holds expired, patrons reminded); {@code total} is 0 when unknown.
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
        Map<String, String> parameters,
        List<StepView> steps)
        implements Serializable {

    /** One step of the run with its counts. */
    public record StepView(String name, String status, long read, long written, long skipped, long commits)
            implements Serializable {}

    public JobExecutionView {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    @JsonbTransient
    public boolean isRunning() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }

    /** A failed or stopped run may be restarted from its last checkpoint. */
    @JsonbTransient
    public boolean isRestartable() {
        return "FAILED".equals(status) || "STOPPED".equals(status);
    }

    /** Progress in percent; a finished run without a known total counts as complete. */
    @JsonbTransient
    public int percent() {
        if (total <= 0) {
            return isRunning() ? 0 : 100;
        }
        return (int) Math.min(100, 100 * done / total);
    }
}
