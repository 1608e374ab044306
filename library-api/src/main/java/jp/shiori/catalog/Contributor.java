package jp.shiori.catalog;

import java.io.Serializable;
import java.util.Objects;

/**
 * A person or body responsible for a title, with the reading of the name in katakana when known
 * (e.g. 宮沢賢治 / ミヤザワ, ケンジ). {@code role} is free text from the record (著, 訳, 絵 ...), may be null.
 */
public record Contributor(String name, String reading, String role) implements Serializable {

    public Contributor {
        Objects.requireNonNull(name, "name");
    }
}
