package jp.shiori.staff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.shiori.patron.PasswordProblem;

/**
 * The password of a staff account: staff see every patron's data, so at least twelve characters, and not
 * one that contains the login name.
 */
public final class StaffPasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private StaffPasswordPolicy() {}

    /** Every rule the password breaks, in a stable order; empty when it is acceptable. */
    public static List<PasswordProblem> problems(String password, String username) {
        List<PasswordProblem> problems = new ArrayList<>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT_FOR_STAFF);
        }
        if (length > MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        if (password != null
                && username != null
                && !username.isBlank()
                && fold(password).contains(fold(username.strip()))) {
            problems.add(PasswordProblem.CONTAINS_USERNAME);
        }
        if (password != null && password.chars().anyMatch(Character::isISOControl)) {
            problems.add(PasswordProblem.CONTROL_CHARACTERS);
        }
        return problems;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
