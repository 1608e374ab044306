package jp.shiori.ops.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.shiori.ops.JobSchedules;

/**
 * Looks at the schedules every ten seconds on every instance (a non-persistent timer); the row claim in
 * {@link ScheduleClaims} makes sure each tick starts its job once. Each look first renews this instance's leases
 * and marks executions a killed server left STARTED as FAILED (so they can be restarted, see
 * {@link ExecutionLeases}); the first look after start-up fires what was missed while the server was down.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobScheduler {

    private final AtomicBoolean looking = new AtomicBoolean();

    @Inject
    JobSchedules schedules;

    @Inject
    ExecutionLeases leases;

    @PostConstruct
    void start() {
        leases.renewAndReap();
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "job schedules")
    void look() {
        if (looking.compareAndSet(false, true)) {
            try {
                leases.renewAndReap();
                schedules.fireDue();
            } finally {
                looking.set(false);
            }
        }
    }
}
