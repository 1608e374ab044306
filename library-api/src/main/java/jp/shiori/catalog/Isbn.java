package jp.shiori.catalog;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISBN, always held as its 13 digits. Placeholder until the MARC branch brings the full version. */
public record Isbn(String isbn13) {

    private static final Pattern CANDIDATE = Pattern.compile("^[0-9][0-9\\- ]{8,16}[0-9Xx]");

    public Isbn {
        if (isbn13 == null || !isbn13.matches("97[89]\\d{10}") || checkDigit13(isbn13) != isbn13.charAt(12) - '0') {
            throw new IllegalArgumentException("not a valid ISBN-13: " + isbn13);
        }
    }

    public static Optional<Isbn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CANDIDATE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String digits = m.group().replaceAll("[\\- ]", "").toUpperCase();
        if (digits.length() == 13 && digits.matches("97[89]\\d{10}") && checkDigit13(digits) == digits.charAt(12) - '0') {
            return Optional.of(new Isbn(digits));
        }
        if (digits.length() == 10 && digits.matches("\\d{9}[\\dX]")) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                int d = digits.charAt(i) == 'X' ? 10 : digits.charAt(i) - '0';
                sum += d * (10 - i);
            }
            if (sum % 11 == 0) {
                String body = "978" + digits.substring(0, 9);
                return Optional.of(new Isbn(body + checkDigit13(body)));
            }
        }
        return Optional.empty();
    }

    public Optional<String> isbn10() {
        if (!isbn13.startsWith("978")) {
            return Optional.empty();
        }
        String body = isbn13.substring(3, 12);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (body.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return Optional.of(body + (check == 10 ? "X" : Integer.toString(check)));
    }

    public String hyphenless() {
        return isbn13;
    }

    private static int checkDigit13(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }
}
