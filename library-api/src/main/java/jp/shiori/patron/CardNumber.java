package jp.shiori.patron;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Optional;

/**
 * 利用者カード番号: the digits printed under the barcode. Cards issued before February 2018 carry a
 * leading "A", which patrons may type or leave out; full-width digits from a Japanese keyboard, spaces and
 * hyphens typed by habit are all accepted. Two typings of the same card are equal.
 */
public record CardNumber(String digits) implements Serializable {

    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 20;

    public CardNumber {
        if (digits == null || !digits.matches("\\d{" + MIN_DIGITS + "," + MAX_DIGITS + "}")) {
            throw new IllegalArgumentException("a card number is " + MIN_DIGITS + " to " + MAX_DIGITS + " digits");
        }
    }

    /** The card as typed at a login box, or empty when it cannot be a card number (letters, 200 digits, script). */
    public static Optional<CardNumber> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i == 0 && (c == 'A' || c == 'a')) {
                continue; // the legacy prefix
            }
            if (Character.isWhitespace(c) || isDash(c)) {
                continue;
            }
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            digits.append(c);
        }
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(new CardNumber(digits.toString()));
    }

    // ASCII hyphen (also what NFKC makes of the full-width one), dashes, minus, and the katakana long
    // vowel mark that a Japanese input method produces for "-".
    private static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\u30FC';
    }

    /** How the card was printed: with the "A" of cards issued before February 2018. */
    public String printed(boolean legacyCard) {
        return legacyCard ? "A" + digits : digits;
    }
}
