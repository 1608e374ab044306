package jp.shiori.alerts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.shiori.alerts.NewArrivalMailing;

/** One run of the mailing job (per job instance, so a restart keeps its window): new_arrival_run. */
@Entity
@Table(name = "new_arrival_run")
@NamedQuery(name = AlertRun.OF_INSTANCE, query = "select r from AlertRun r where r.jobInstanceId = :instance")
@NamedQuery(
        name = AlertRun.LAST_COMPLETED_END,
        query = "select r.windowTo from AlertRun r where r.completedAt is not null order by r.windowTo desc")
public class AlertRun {

    static final String OF_INSTANCE = "AlertRun.ofInstance";
    static final String LAST_COMPLETED_END = "AlertRun.lastCompletedEnd";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_instance_id", nullable = false)
    private long jobInstanceId;

    @Column(name = "window_from", nullable = false)
    private Instant windowFrom;

    @Column(name = "window_to", nullable = false)
    private Instant windowTo;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "alerts_mailed", nullable = false)
    private int alertsMailed;

    @Column(name = "titles_mailed", nullable = false)
    private int titlesMailed;

    protected AlertRun() {
        // for JPA
    }

    AlertRun(long jobInstanceId, Instant from, Instant to, Instant now) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a run's window ends after it starts: " + from + " .. " + to);
        }
        this.jobInstanceId = jobInstanceId;
        this.windowFrom = from;
        this.windowTo = to;
        this.startedAt = now;
    }

    void mailed(int alerts, int titles) {
        alertsMailed += alerts;
        titlesMailed += titles;
    }

    void complete(Instant now) {
        if (completedAt == null) {
            completedAt = now;
        }
    }

    NewArrivalMailing.Run view() {
        return new NewArrivalMailing.Run(id, windowFrom, windowTo);
    }
}
