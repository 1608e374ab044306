package jp.shiori.patron;

/** Why a new password is refused; {@code code} is the stable message key suffix and REST error code. */
public enum PasswordProblem {
    TOO_SHORT("password-too-short"),
    TOO_LONG("password-too-long"),
    /** Staff accounts: fewer than twelve characters. */
    TOO_SHORT_FOR_STAFF("password-too-short-staff"),
    /** Staff accounts: the password contains the login name. */
    CONTAINS_USERNAME("password-contains-username"),
    SAME_AS_CARD("password-same-as-card"),
    CONTROL_CHARACTERS("password-control-characters"),
    /** Changing a password: the current password given is not the patron's. */
    WRONG_CURRENT("password-wrong-current"),
    /** Changing a password: the new password and its confirmation differ. */
    MISMATCH("password-mismatch"),
    /** Resetting a password: the link is unknown, used already or expired. */
    LINK_INVALID("password-link-invalid");

    private final String code;

    PasswordProblem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
