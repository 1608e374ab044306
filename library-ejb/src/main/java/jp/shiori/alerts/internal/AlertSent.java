package jp.shiori.alerts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The ledger: this alert has mailed this title (new_arrival_sent, unique on alert and title), written in the
 * transaction of the outbox row — so reruns, restarts, re-imports or a second instance never repeat a title.
 */
@Entity
@Table(name = "new_arrival_sent")
@IdClass(AlertSent.Key.class)
@NamedQuery(
        name = AlertSent.SINCE,
        query = "select s.alertId, s.titleId from AlertSent s" + " where s.alertId in :alertIds and s.sentAt >= :since")
@NamedQuery(name = AlertSent.OF_ALERT, query = "select s.titleId from AlertSent s where s.alertId = :alertId")
public class AlertSent {

    static final String SINCE = "AlertSent.since";
    static final String OF_ALERT = "AlertSent.ofAlert";

    @Id
    @Column(name = "alert_id")
    private long alertId;

    @Id
    @Column(name = "title_id")
    private long titleId;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "outbox_id", nullable = false)
    private long outboxId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected AlertSent() {
        // for JPA
    }

    AlertSent(long alertId, long titleId, long runId, long outboxId, Instant sentAt) {
        this.alertId = alertId;
        this.titleId = titleId;
        this.runId = runId;
        this.outboxId = outboxId;
        this.sentAt = sentAt;
    }

    /** The ledger's key: one row per alert and title. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long alertId;
        private long titleId;

        public Key() {}

        public Key(long alertId, long titleId) {
            this.alertId = alertId;
            this.titleId = titleId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.alertId == alertId && k.titleId == titleId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(alertId) * 31 + Long.hashCode(titleId);
        }
    }
}
