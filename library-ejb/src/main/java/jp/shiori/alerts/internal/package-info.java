/**
 * New-arrival alerts: the alerts (new_arrival_alert), the library's policy for them (alert_policy), the runs of
 * the mailing job (new_arrival_run) and the ledger of titles mailed per alert (new_arrival_sent), written in the
 * transaction of the outbox row. Matching goes through the catalog's {@code CatalogSearch}.
 */
package jp.shiori.alerts.internal;
