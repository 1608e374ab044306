package jp.shiori.bench;

/**
 * ISBN-13 of the Japanese registration group (978-4): made unique per title, with a correct check digit,
 * and hyphenated by the group's registrant ranges, as a patron copies it from a book.
 */
final class Isbn13 {

    private static final long SPACE = 100_000_000L; // eight digits after 978-4

    private Isbn13() {
    }

    /**
     * The ISBN of the title at {@code index}: {@code (multiplier * index + offset) mod 10^8} is a bijection
     * when the multiplier is coprime with 10, so no two titles share a number.
     */
    static String forTitle(long index, long multiplier, long offset) {
        if (index < 0 || index >= SPACE) {
            throw new IllegalArgumentException("title index out of the ISBN range: " + index);
        }
        // Both factors are below 10^8, so the product fits in a long.
        long body = Math.floorMod(Math.floorMod(multiplier, SPACE) * index + Math.floorMod(offset, SPACE), SPACE);
        String digits = Long.toString(body);
        String twelve = "9784" + "00000000".substring(digits.length()) + digits;
        return twelve + checkDigit(twelve);
    }

    /** A multiplier coprime with 10 derived from any number (odd, not a multiple of 5). */
    static long coprimeMultiplier(long any) {
        long m = Math.floorMod(any, SPACE) | 1;
        return m % 5 == 0 ? m + 2 : m;
    }

    /** Weights 1, 3, 1, 3 ... over the first 12 digits; the check digit brings the sum to a multiple of 10. */
    static char checkDigit(String twelveDigits) {
        if (!twelveDigits.matches("\\d{12}")) {
            throw new IllegalArgumentException("twelve digits expected: " + twelveDigits);
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    static boolean isValid(String isbn13) {
        return isbn13 != null && isbn13.matches("97[89]\\d{10}") && checkDigit(isbn13.substring(0, 12)) == isbn13.charAt(12);
    }

    /**
     * 978-4-RR-TTTTTT-C: the registrant (publisher) part is 2 to 7 digits long by its leading digits,
     * 00–19, 200–699, 7000–8499, 85000–89999, 900000–949999, 9500000–9999999.
     */
    static String hyphenated(String isbn13) {
        if (!isbn13.startsWith("9784") || !isValid(isbn13)) {
            throw new IllegalArgumentException("not a valid 978-4 ISBN: " + isbn13);
        }
        String rest = isbn13.substring(4, 12);
        int registrant;
        if (Integer.parseInt(rest.substring(0, 2)) <= 19) {
            registrant = 2;
        } else if (Integer.parseInt(rest.substring(0, 3)) <= 699) {
            registrant = 3;
        } else if (Integer.parseInt(rest.substring(0, 4)) <= 8499) {
            registrant = 4;
        } else if (Integer.parseInt(rest.substring(0, 5)) <= 89999) {
            registrant = 5;
        } else if (Integer.parseInt(rest.substring(0, 6)) <= 949999) {
            registrant = 6;
        } else {
            registrant = 7;
        }
        return "978-4-" + rest.substring(0, registrant) + "-" + rest.substring(registrant) + "-" + isbn13.charAt(12);
    }
}
