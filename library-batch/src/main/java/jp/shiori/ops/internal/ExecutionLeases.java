package jp.shiori.ops.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.shiori.common.LibraryClock;

/**
 * Leases of running executions ({@code job_execution_lease}): taken when a job starts, renewed by this instance's
 * scheduler, given back when it ends. An execution that the batch runtime's tables still call running but whose
 * lease went stale belonged to a server that was killed: it is marked FAILED so that it can be restarted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExecutionLeases {

    /** This JVM, as the leases name it. */
    static final String INSTANCE = UUID.randomUUID().toString();

    /** A lease not renewed for this long is stale. */
    static final Duration STALE = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(ExecutionLeases.class.getName());
    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

    @Resource(lookup = "java:app/jdbc/shiori")
    DataSource dataSource;

    @Inject
    LibraryClock clock;

    public void take(long executionId) {
        update(
                "insert into job_execution_lease (execution_id, instance_id, heartbeat_at) values (?, ?, ?)",
                executionId,
                INSTANCE,
                clock.now());
    }

    public void giveBack(long executionId) {
        update("delete from job_execution_lease where execution_id = ?", executionId);
    }

    /** Counts items a chunk step of the execution wrote, for live progress (the runtime's metrics wait for the step's end). */
    public void wrote(long executionId, int items) {
        update("update job_execution_lease set written = written + ? where execution_id = ?", items, executionId);
    }

    /** What the running execution's chunk steps wrote so far; 0 when it holds no lease (not running here or anywhere). */
    public long written(long executionId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select written from job_execution_lease where execution_id = ?")) {
            s.setLong(1, executionId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Job execution progress not read", e);
            return 0;
        }
    }

    /** Renews this instance's leases, then fails the executions whose server is gone. */
    public void renewAndReap() {
        Instant now = clock.now();
        update("update job_execution_lease set heartbeat_at = ? where instance_id = ?", now, INSTANCE);
        try (Connection c = dataSource.getConnection()) {
            String executions = batchTable(c, "executioninstancedata");
            if (executions == null) {
                return; // the batch runtime has not made its tables yet: nothing ran
            }
            String steps = batchTable(c, "stepexecutioninstancedata");
            List<Long> abandoned = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select e.jobexecid from " + executions + " e"
                    + " left join job_execution_lease l on l.execution_id = e.jobexecid"
                    + " where e.batchstatus in " + RUNNING + " and e.createtime < ?"
                    + " and (l.execution_id is null or l.heartbeat_at < ?)")) {
                s.setTimestamp(1, Timestamp.from(now.minus(STALE)));
                s.setTimestamp(2, Timestamp.from(now.minus(STALE)));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        abandoned.add(rs.getLong(1));
                    }
                }
            }
            for (long id : abandoned) {
                fail(c, executions, steps, id, now);
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not look for abandoned job executions", e);
        }
    }

    private static void fail(Connection c, String executions, String steps, long id, Instant now) throws SQLException {
        try (PreparedStatement e = c.prepareStatement("update " + executions + " set batchstatus = 'FAILED',"
                + " exitstatus = 'FAILED', endtime = ?, updatetime = ? where jobexecid = ? and batchstatus in "
                + RUNNING)) {
            e.setTimestamp(1, Timestamp.from(now));
            e.setTimestamp(2, Timestamp.from(now));
            e.setLong(3, id);
            e.executeUpdate();
        }
        if (steps != null) {
            try (PreparedStatement s = c.prepareStatement("update " + steps + " set batchstatus = 'FAILED',"
                    + " exitstatus = 'FAILED', endtime = ? where jobexecid = ? and batchstatus in " + RUNNING)) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setLong(2, id);
                s.executeUpdate();
            }
        }
        try (PreparedStatement d = c.prepareStatement("delete from job_execution_lease where execution_id = ?")) {
            d.setLong(1, id);
            d.executeUpdate();
        }
        LOG.warning(() -> "Job execution " + id + " was left running by a server that is gone; marked FAILED so that"
                + " it can be restarted");
    }

    /** The batch runtime's table as the database names it, or null when it does not exist (yet). */
    private static String batchTable(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String candidate : List.of(name, name.toUpperCase(java.util.Locale.ROOT))) {
            try (ResultSet rs = meta.getTables(null, null, candidate, new String[] {"TABLE"})) {
                if (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    return schema == null ? candidate : schema + "." + candidate;
                }
            }
        }
        return null;
    }

    private void update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof Instant instant) {
                    s.setTimestamp(i + 1, Timestamp.from(instant));
                } else {
                    s.setObject(i + 1, v);
                }
            }
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Job execution lease not written: " + sql, e);
        }
    }
}
