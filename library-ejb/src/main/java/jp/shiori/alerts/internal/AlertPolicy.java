package jp.shiori.alerts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The library's rules for alerts (one row, alert_policy): alerts per patron, titles per mail, the signing key. */
@Entity
@Table(name = "alert_policy")
public class AlertPolicy {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "max_alerts", nullable = false)
    private int maxAlerts;

    @Column(name = "max_titles_per_mail", nullable = false)
    private int maxTitlesPerMail;

    @Column(name = "signing_key", nullable = false, length = 128)
    private String signingKey;

    protected AlertPolicy() {
        // for JPA
    }

    int maxAlerts() {
        return maxAlerts;
    }

    int maxTitlesPerMail() {
        return maxTitlesPerMail;
    }

    String signingKey() {
        return signingKey;
    }
}
