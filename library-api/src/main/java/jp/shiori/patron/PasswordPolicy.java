package jp.shiori.patron;

import java.util.ArrayList;
import java.util.List;

/** The password a patron may choose: at least eight characters, not the card number. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** Every rule the password breaks, in a stable order; empty when it is acceptable. */
    public static List<PasswordProblem> problems(String password, CardNumber card) {
        List<PasswordProblem> problems = new ArrayList<>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        if (password != null
                && card != null
                && CardNumber.parse(password).filter(card::equals).isPresent()) {
            problems.add(PasswordProblem.SAME_AS_CARD);
        }
        if (password != null && password.chars().anyMatch(Character::isISOControl)) {
            problems.add(PasswordProblem.CONTROL_CHARACTERS);
        }
        return problems;
    }
}
