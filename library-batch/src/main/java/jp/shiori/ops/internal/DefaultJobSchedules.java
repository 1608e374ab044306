package jp.shiori.ops.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.RefusedException;
import jp.shiori.ops.BatchJobs;
import jp.shiori.ops.JobCatalog;
import jp.shiori.ops.JobSchedule;
import jp.shiori.ops.JobSchedules;
import jp.shiori.ops.ScheduleChange;
import jp.shiori.ops.ScheduleExpression;

/**
 * The schedules in {@code job_schedule}, read and claimed through {@link ScheduleClaims}. Each claim commits
 * before its job starts, so a tick is never started twice; the execution id is noted afterwards.
 */
@ValidateOnExecution
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultJobSchedules implements JobSchedules {

    private static final Logger LOG = Logger.getLogger(DefaultJobSchedules.class.getName());

    @Resource(lookup = "java:app/jdbc/shiori")
    DataSource dataSource;

    @Inject
    BatchJobs jobs;

    @Inject
    LibraryClock clock;

    @Override
    public List<JobSchedule> all() {
        try (Connection c = dataSource.getConnection()) {
            return ScheduleClaims.all(c).stream().map(DefaultJobSchedules::view).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the job schedules", e);
        }
    }

    @Override
    public Optional<JobSchedule> find(String jobName) {
        return all().stream().filter(s -> s.jobName().equals(jobName)).findFirst();
    }

    @Override
    public JobSchedule change(String jobName, ScheduleChange change, String operator) {
        JobCatalog job = JobCatalog.byName(jobName)
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No job named '" + jobName + "'."));
        ScheduleExpression expression;
        try {
            expression = ScheduleExpression.parse(change.expression(), change.zone());
            job.check(change.parameters());
        } catch (IllegalArgumentException e) {
            throw new RefusedException(ErrorCode.BAD_REQUEST, e.getMessage());
        }
        try (Connection c = dataSource.getConnection()) {
            if (!ScheduleClaims.change(
                    c, jobName, expression, change.enabled(), change.parameters(), clock.now(), operator)) {
                throw new RefusedException(ErrorCode.NOT_FOUND, "The job '" + jobName + "' has no schedule.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the schedule of " + jobName, e);
        }
        LOG.info(() -> operator + " set the schedule of " + jobName + " to '" + expression.text() + "' "
                + expression.zone() + (change.enabled() ? "" : " (disabled)"));
        return find(jobName).orElseThrow();
    }

    @Override
    public List<Long> fireDue() {
        List<ScheduleClaims.Claim> claims;
        try (Connection c = dataSource.getConnection()) {
            claims = ScheduleClaims.claimDue(c, clock.now());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The scheduler could not read the schedules; it tries again at its next look", e);
            return List.of();
        }
        return claims.stream().map(this::start).flatMap(Optional::stream).toList();
    }

    private Optional<Long> start(ScheduleClaims.Claim claim) {
        Map<String, String> parameters = new HashMap<>(claim.parameters());
        parameters.put("scheduledFor", claim.tick().toString());
        try {
            long execution = jobs.start(claim.jobName(), parameters);
            try (Connection c = dataSource.getConnection()) {
                ScheduleClaims.started(c, claim, execution);
            }
            LOG.info(() -> "Scheduled run of " + claim.jobName() + " for " + claim.tick() + ": execution " + execution);
            return Optional.of(execution);
        } catch (RuntimeException | SQLException e) {
            LOG.log(
                    Level.SEVERE,
                    "The scheduled run of " + claim.jobName() + " for " + claim.tick() + " did not start",
                    e);
            return Optional.empty();
        }
    }

    private static JobSchedule view(ScheduleClaims.Row row) {
        return new JobSchedule(
                row.jobName(),
                row.expression(),
                row.zone(),
                row.enabled(),
                row.parameters(),
                row.lastFireAt(),
                row.lastExecutionId(),
                row.nextFireAt());
    }
}
