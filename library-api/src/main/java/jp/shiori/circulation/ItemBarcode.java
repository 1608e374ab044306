package jp.shiori.circulation;

import java.text.Normalizer;
import java.util.Optional;

/**
 * A barcode as scanned or typed at the desk. A scanner sends ASCII; a person typing with the Japanese input
 * method on sends full-width digits, which mean the same barcode. Spaces around it are dropped.
 */
public final class ItemBarcode {

    private ItemBarcode() {
    }

    /** The barcode as stored, or empty when the text cannot be one (letters other than A–Z, markup, 33+ chars). */
    public static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        return text.matches("[0-9A-Za-z-]{1,32}") ? Optional.of(text) : Optional.empty();
    }
}
