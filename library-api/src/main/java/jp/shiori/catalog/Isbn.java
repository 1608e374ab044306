package jp.shiori.catalog;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISBN, always held as its 13 digits without hyphens (9784101092058), so that two ways of writing the
 * same book compare equal.
 */
public record Isbn(String isbn13) implements Serializable {

    // An optional "ISBN", "ISBN-13:" ... label in front of the number.
    private static final Pattern LABEL = Pattern.compile("(?i)^ISBN(?:-1[03])?\\s*:?\\s*");
    // Digits may be grouped by single hyphens or spaces; the number must not run on into more digits.
    private static final Pattern ISBN_13 = Pattern.compile("97[89](?:[- ]?\\d){10}(?![\\dXx])");
    private static final Pattern ISBN_10 = Pattern.compile("\\d(?:[- ]?\\d){8}[- ]?[\\dXx](?![\\dXx])");
    private static final Pattern SEPARATORS = Pattern.compile("[- ]");

    public Isbn {
        if (isbn13 == null || !isbn13.matches("97[89]\\d{10}") || checkDigit13(isbn13) != isbn13.charAt(12)) {
            throw new IllegalArgumentException("not a valid ISBN-13: " + isbn13);
        }
    }

    /**
     * Reads an ISBN-10 or ISBN-13 as people and MARC 020 $a write it: with hyphens or spaces, in full-width
     * digits, with a lowercase x, followed by a price or qualifier ("4-10-109205-X : 476円",
     * "9784101092058 (pbk.)"). Only the leading number counts.
     *
     * @return empty when the text does not start with an ISBN or its check digit is wrong
     */
    public static Optional<Isbn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        String number = LABEL.matcher(normalised).replaceFirst("");

        Matcher isbn13 = ISBN_13.matcher(number);
        if (isbn13.lookingAt()) {
            String digits = withoutSeparators(isbn13.group());
            return checkDigit13(digits) == digits.charAt(12) ? Optional.of(new Isbn(digits)) : Optional.empty();
        }
        Matcher isbn10 = ISBN_10.matcher(number);
        if (isbn10.lookingAt()) {
            String digits = withoutSeparators(isbn10.group()).toUpperCase();
            return checkDigit10(digits) == digits.charAt(9) ? Optional.of(fromIsbn10(digits)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The same as {@link #isbn13()}: the form used for storage and look-up. */
    public String hyphenless() {
        return isbn13;
    }

    /** The old 10-digit form; only books numbered under the 978 prefix have one. */
    public Optional<String> isbn10() {
        if (!isbn13.startsWith("978")) {
            return Optional.empty();
        }
        String body = isbn13.substring(3, 12);
        return Optional.of(body + checkDigit10(body));
    }

    private static Isbn fromIsbn10(String isbn10) {
        String body = "978" + isbn10.substring(0, 9);
        return new Isbn(body + checkDigit13(body));
    }

    private static String withoutSeparators(String number) {
        return SEPARATORS.matcher(number).replaceAll("");
    }

    /** Weights 1, 3, 1, 3 ... over the first 12 digits; the check digit brings the sum to a multiple of 10. */
    private static char checkDigit13(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** Weights 10 down to 2 over the first 9 digits; the check digit (X for 10) makes the sum divisible by 11. */
    private static char checkDigit10(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
