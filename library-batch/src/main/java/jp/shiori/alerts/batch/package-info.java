/**
 * The new-arrival-mail job: open the run (its window, the number of active alerts), mail the active alerts in
 * chunks (restartable; the ledger keeps a title to one mail per alert), complete the run.
 */
package jp.shiori.alerts.batch;
