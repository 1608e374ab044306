package jp.shiori.catalog;

import java.text.Normalizer;
import java.util.Optional;

/**
 * An item's barcode as scanned or typed at a desk. A scanner sends ASCII; a person typing with the Japanese input
 * method on sends full-width digits, which mean the same barcode. Spaces around it are dropped.
 */
public final class ItemBarcode {

    /** What a stored barcode looks like: the one rule of the catalog, the desk and the hold shelf. */
    public static final String PATTERN = "[0-9A-Za-z-]{1,32}";

    private ItemBarcode() {}

    /** The barcode as stored, or empty when the text cannot be one (letters other than A–Z, markup, 33+ chars). */
    public static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        return text.matches(PATTERN) ? Optional.of(text) : Optional.empty();
    }
}
