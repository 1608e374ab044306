package jp.shiori.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ISBN: how it is read from what people and MARC records write, and what it refuses. */
class IsbnTest {

    private static final Isbn SHINCHO = new Isbn("9784101092058");

    @Test
    void anIsbn13WithHyphensIsReadAsItsDigits() {
        assertEquals(Optional.of(SHINCHO), Isbn.parse("978-4-10-109205-8"));
        assertEquals(Optional.of(SHINCHO), Isbn.parse("978 4 10 109205 8"));
    }

    @Test
    void anIsbn10BecomesItsIsbn13() {
        assertEquals(Optional.of(SHINCHO), Isbn.parse("4-10-109205-2"));
    }

    @Test
    void anIsbn10WithLowercaseXBecomesItsIsbn13() {
        assertEquals(Optional.of(new Isbn("9780898985511")), Isbn.parse("0-89898-551-x"));
    }

    @Test
    void fullWidthDigitsAreAccepted() {
        assertEquals(Optional.of(SHINCHO), Isbn.parse("９７８－４－１０－１０９２０５－８"));
        assertEquals(Optional.of(SHINCHO), Isbn.parse("ISBN４１０１０９２０５２"));
    }

    @Test
    void aPriceOrQualifierAfterTheNumberIsIgnored() {
        assertEquals(Optional.of(SHINCHO), Isbn.parse("4-10-109205-2 : 476円"));
        assertEquals(Optional.of(SHINCHO), Isbn.parse("9784101092058 (pbk.)"));
        assertEquals(Optional.of(SHINCHO), Isbn.parse("978-4-10-109205-8 :"));
        assertEquals(Optional.of(SHINCHO), Isbn.parse("4101092052 476円"));
    }

    @Test
    void aLeadingIsbnLabelIsIgnored() {
        assertEquals(Optional.of(SHINCHO), Isbn.parse("ISBN 978-4-10-109205-8"));
        assertEquals(Optional.of(SHINCHO), Isbn.parse("isbn-10: 4-10-109205-2"));
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertEquals(Optional.empty(), Isbn.parse("978-4-10-109205-9"));
        // The check digit of 4-10-109205 is 2, not X.
        assertEquals(Optional.empty(), Isbn.parse("4-10-109205-X : 476円"));
    }

    @Test
    void aNumberThatRunsOnIntoMoreDigitsIsNotAnIsbn() {
        assertEquals(Optional.empty(), Isbn.parse("41010920521"));
        assertEquals(Optional.empty(), Isbn.parse("97841010920580"));
    }

    @Test
    void anXAnywhereButTheLastPlaceOfAnIsbn10IsRefused() {
        assertEquals(Optional.empty(), Isbn.parse("4X01092052"));
        assertEquals(Optional.empty(), Isbn.parse("978410109205X"));
    }

    @Test
    void textThatDoesNotStartWithAnIsbnIsRefused() {
        assertEquals(Optional.empty(), Isbn.parse(null));
        assertEquals(Optional.empty(), Isbn.parse(""));
        assertEquals(Optional.empty(), Isbn.parse("(pbk.) 9784101092058"));
        assertEquals(Optional.empty(), Isbn.parse("1700円"));
    }

    @Test
    void anIsbn13Under978HasAnIsbn10AndOneUnder979HasNone() {
        assertEquals(Optional.of("4101092052"), SHINCHO.isbn10());
        assertEquals(Optional.of("089898551X"), new Isbn("9780898985511").isbn10());
        assertTrue(Isbn.parse("979-10-90636-07-1").orElseThrow().isbn10().isEmpty());
    }

    @Test
    void theHyphenlessFormIsTheIsbn13() {
        assertEquals("9784101092058", SHINCHO.hyphenless());
        assertEquals("9784101092058", SHINCHO.isbn13());
    }

    @Test
    void twoWaysOfWritingTheSameBookAreEqual() {
        assertEquals(Isbn.parse("4-10-109205-2"), Isbn.parse("９７８４１０１０９２０５８"));
        assertEquals(SHINCHO.hashCode(), Isbn.parse("4101092052").orElseThrow().hashCode());
    }

    @Test
    void theConstructorRefusesAnythingButAValid13DigitIsbn() {
        assertThrows(IllegalArgumentException.class, () -> new Isbn(null));
        assertThrows(IllegalArgumentException.class, () -> new Isbn("4101092052"));
        assertThrows(IllegalArgumentException.class, () -> new Isbn("978-4-10-109205-8"));
        assertThrows(IllegalArgumentException.class, () -> new Isbn("9784101092059"));
        assertThrows(IllegalArgumentException.class, () -> new Isbn("1234567890128"));
    }
}
