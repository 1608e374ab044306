package jp.shiori.ops;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The schedules of the library's jobs, kept as data ({@code job_schedule}). A change takes effect at the
 * scheduler's next look, without a redeploy; every tick starts its job once, however many instances run.
 */
public interface JobSchedules {

    List<JobSchedule> all();

    Optional<JobSchedule> find(String jobName);

    /**
     * Changes a schedule and computes its next tick from now.
     *
     * @throws jp.shiori.common.RefusedException NOT_FOUND for an unknown job, BAD_REQUEST for an expression,
     *         zone or parameter the job does not accept; nothing is changed then
     */
    JobSchedule change(@NotBlank String jobName, @NotNull @Valid ScheduleChange change, @NotBlank String operator);

    /** Fires every schedule whose tick has come; returns the executions started (the scheduler's call). */
    List<Long> fireDue();
}
