package jp.shiori.catalog;

import java.text.Normalizer;

/** 日本十進分類法 (NDC) numbers as typed in a search and as stored: digits with an optional decimal part. */
public final class Ndc {

    private Ndc() {}

    /** NFKC-normalised and trimmed, so full-width ９１３．６ reads as 913.6. */
    public static String normalize(String text) {
        return text == null
                ? null
                : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** A search may give a class prefix: 9, 91, 913 or 913.6. */
    public static boolean isValidPrefix(String text) {
        String n = normalize(text);
        return n != null && n.matches("\\d{1,3}(\\.\\d{1,6})?");
    }

    /** The main class 0–9 of a stored number, or -1 when it does not start with a digit. */
    public static int mainClass(String ndc) {
        String n = normalize(ndc);
        return n == null || n.isEmpty() || !Character.isDigit(n.charAt(0)) ? -1 : n.charAt(0) - '0';
    }
}
