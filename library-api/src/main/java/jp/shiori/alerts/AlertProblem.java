package jp.shiori.alerts;

/**
 * Why an alert cannot be registered or changed as asked. The screens show {@code alert.problem.<code>}, the
 * REST problem document lists the codes. When there is any, nothing is stored.
 */
public enum AlertProblem {
    /** The mail title is missing or only spaces. */
    MAIL_TITLE_MISSING("mail-title-missing"),
    /** The mail title is longer than {@link AlertConditions#MAX_MAIL_TITLE} characters. */
    MAIL_TITLE_TOO_LONG("mail-title-too-long"),
    /** No condition is given (spaces count as nothing): an alert for everything is not offered. */
    NO_CONDITION("no-condition"),
    /** A condition is longer than {@link AlertConditions#MAX_TEXT} characters. */
    TEXT_TOO_LONG("text-too-long"),
    /** Control characters (other than spaces) in the mail title or a condition. */
    CONTROL_CHARACTERS("control-characters"),
    /** Search syntax ({@code * : " ( )} ...) in a condition: conditions are words, not queries. */
    QUERY_SYNTAX("query-syntax"),
    /** The NDC class is not digits (a prefix such as 596 or 913.6). */
    INVALID_NDC("invalid-ndc"),
    /** No branch has the given code. */
    UNKNOWN_BRANCH("unknown-branch"),
    /** The language is not one the catalog offers. */
    UNKNOWN_LANGUAGE("unknown-language"),
    /** The patron has no verified e-mail address (register one in ユーザ設定). */
    EMAIL_NOT_VERIFIED("email-not-verified"),
    /** The patron already has as many alerts as the library's policy allows. */
    ALERT_LIMIT("alert-limit");

    private final String code;

    AlertProblem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
