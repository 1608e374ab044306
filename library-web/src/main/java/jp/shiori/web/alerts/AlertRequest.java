package jp.shiori.web.alerts;

import jp.shiori.alerts.AlertConditions;
import jp.shiori.alerts.AlertDraft;

/** The body of {@code POST /me/alerts} and {@code PUT /me/alerts/{id}}: mail title and conditions, and active. */
public record AlertRequest(String mailTitle, AlertConditions conditions, Boolean active) {

    /** The draft the service judges; missing conditions are "no condition", not an error of the format. */
    public static AlertDraft draft(AlertRequest request) {
        if (request == null) {
            return new AlertDraft(null, new AlertConditions(null, null, null, null, null, null, null, null, null));
        }
        return new AlertDraft(
                request.mailTitle(),
                request.conditions() == null
                        ? new AlertConditions(null, null, null, null, null, null, null, null, null)
                        : request.conditions());
    }
}
