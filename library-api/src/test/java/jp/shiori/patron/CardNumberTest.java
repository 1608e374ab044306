package jp.shiori.patron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** カード番号: the digits under the barcode, however a patron types them. */
class CardNumberTest {

    private static final CardNumber CARD = new CardNumber("0123456789");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0123456789",
                "A0123456789",
                "a0123456789",
                "０１２３４５６７８９",
                "Ａ０１２３４５６７８９",
                " 0123 456 789 ",
                "0123-456-789",
                "０１２３－４５６－７８９",
                "0123ー456ー789"
            })
    void aCardTypedWithOrWithoutTheLegacyAInFullWidthOrWithSeparatorsIsTheSameCard(String typed) {
        assertEquals(Optional.of(CARD), CardNumber.parse(typed), typed);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "abc",
                "12a34",
                "AA0123456789",
                "0123456789A",
                "123",
                "123456789012345678901",
                "' OR 1=1 --",
                "<script>alert(1)</script>",
                "١٢٣٤٥"
            })
    void anythingElseIsNotACardNumber(String typed) {
        assertTrue(CardNumber.parse(typed).isEmpty(), typed);
    }

    @Test
    void twoHundredDigitsAreNotACardNumber() {
        assertTrue(CardNumber.parse("1".repeat(200)).isEmpty());
        assertTrue(CardNumber.parse(null).isEmpty());
    }

    @Test
    void aLegacyCardIsPrintedWithItsA() {
        assertEquals("A0123456789", CARD.printed(true));
        assertEquals("0123456789", CARD.printed(false));
    }

    @Test
    void theConstructorRefusesAnythingButDigits() {
        assertThrows(IllegalArgumentException.class, () -> new CardNumber("A0123456789"));
        assertThrows(IllegalArgumentException.class, () -> new CardNumber(null));
    }
}
