package jp.shiori.ops.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shiori.ops.ScheduleExpression;

/**
 * The schedules' rows and the claim of a due tick, in plain JDBC. A claim locks the due rows with
 * {@code FOR UPDATE SKIP LOCKED} and moves {@code next_fire_at} past now in the same transaction: a second
 * scheduler looking at the same moment skips the locked rows, and one looking after the commit finds them no
 * longer due. So every tick is claimed once however many instances run; a tick missed while every instance was
 * down is claimed once at the next look (not once per missed tick).
 */
public final class ScheduleClaims {

    private static final Logger LOG = Logger.getLogger(ScheduleClaims.class.getName());

    /** A tick claimed for its job, to be started with these parameters. */
    public record Claim(String jobName, Instant tick, Map<String, String> parameters) {}

    /** A row of {@code job_schedule}. */
    public record Row(
            String jobName,
            String expression,
            String zone,
            boolean enabled,
            Map<String, String> parameters,
            Instant lastFireAt,
            Long lastExecutionId,
            Instant nextFireAt) {}

    private static final String COLUMNS =
            "job_name, expression, zone, enabled, parameters, last_fire_at," + " last_execution_id, next_fire_at";

    private ScheduleClaims() {}

    /**
     * Claims every due tick in one transaction of {@code c} (committed here) and computes missing next ticks.
     */
    public static List<Claim> claimDue(Connection c, Instant now) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        List<Claim> claims = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select " + COLUMNS + " from job_schedule"
                + " where enabled = ? and (next_fire_at is null or next_fire_at <= ?) order by job_name"
                + " for update skip locked")) {
            select.setBoolean(1, true);
            select.setTimestamp(2, Timestamp.from(now));
            List<Row> due = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    due.add(row(rs));
                }
            }
            for (Row row : due) {
                Optional<Instant> next;
                try {
                    next = ScheduleExpression.parse(row.expression(), row.zone())
                            .nextAfter(now);
                } catch (IllegalArgumentException e) {
                    LOG.log(Level.WARNING, "Schedule of {0} cannot be read and is skipped: {1}", new Object[] {
                        row.jobName(), e.getMessage()
                    });
                    continue;
                }
                if (row.nextFireAt() != null) {
                    claims.add(new Claim(row.jobName(), row.nextFireAt(), row.parameters()));
                }
                try (PreparedStatement update = c.prepareStatement("update job_schedule set next_fire_at = ?,"
                        + " last_fire_at = coalesce(?, last_fire_at) where job_name = ?")) {
                    update.setTimestamp(1, next.map(Timestamp::from).orElse(null));
                    update.setTimestamp(2, row.nextFireAt() == null ? null : Timestamp.from(row.nextFireAt()));
                    update.setString(3, row.jobName());
                    update.executeUpdate();
                }
            }
            c.commit();
            return claims;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Notes which execution a claimed tick started. */
    public static void started(Connection c, Claim claim, long executionId) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "update job_schedule set last_execution_id = ? where job_name = ? and last_fire_at = ?")) {
            update.setLong(1, executionId);
            update.setString(2, claim.jobName());
            update.setTimestamp(3, Timestamp.from(claim.tick()));
            update.executeUpdate();
        }
    }

    public static List<Row> all(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from job_schedule order by job_name");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(row(rs));
            }
        }
        return rows;
    }

    /** Stores an operator's change; the next tick is computed from now. Returns false for an unknown job. */
    public static boolean change(
            Connection c,
            String jobName,
            ScheduleExpression expression,
            boolean enabled,
            Map<String, String> parameters,
            Instant now,
            String operator)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update job_schedule set expression = ?, zone = ?,"
                + " enabled = ?, parameters = ?, next_fire_at = ?, updated_at = ?, updated_by = ?, version = version + 1"
                + " where job_name = ?")) {
            update.setString(1, expression.text());
            update.setString(2, expression.zone().getId());
            update.setBoolean(3, enabled);
            update.setString(4, format(parameters));
            update.setTimestamp(
                    5, enabled ? expression.nextAfter(now).map(Timestamp::from).orElse(null) : null);
            update.setTimestamp(6, Timestamp.from(now));
            update.setString(7, operator);
            update.setString(8, jobName);
            return update.executeUpdate() == 1;
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        Timestamp last = rs.getTimestamp("last_fire_at");
        Timestamp next = rs.getTimestamp("next_fire_at");
        long execution = rs.getLong("last_execution_id");
        return new Row(
                rs.getString("job_name"),
                rs.getString("expression"),
                rs.getString("zone"),
                rs.getBoolean("enabled"),
                parse(rs.getString("parameters")),
                last == null ? null : last.toInstant(),
                rs.wasNull() ? null : execution,
                next == null ? null : next.toInstant());
    }

    /** Parameters are stored as name=value lines. */
    static Map<String, String> parse(String stored) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (stored == null) {
            return parameters;
        }
        for (String line : stored.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                parameters.put(
                        line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return parameters;
    }

    static String format(Map<String, String> parameters) {
        StringBuilder out = new StringBuilder();
        parameters.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(p -> {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(p.getKey()).append('=').append(p.getValue().replace('\n', ' '));
        });
        return out.toString();
    }
}
