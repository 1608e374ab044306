package jp.shiori.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemBarcodeTest {

    @Test
    void fullWidthDigitsTypedWithTheJapaneseInputMethodAreTheSameBarcode() {
        assertEquals(Optional.of("1234567890"), ItemBarcode.parse("１２３４５６７８９０"));
        assertEquals(Optional.of("AB-12"), ItemBarcode.parse(" ＡＢ－１２ "));
    }

    @Test
    void whatCannotBeABarcodeIsRefused() {
        assertEquals(Optional.empty(), ItemBarcode.parse("<script>"));
        assertEquals(Optional.empty(), ItemBarcode.parse(""));
        assertEquals(Optional.empty(), ItemBarcode.parse("   "));
        assertEquals(Optional.empty(), ItemBarcode.parse("1".repeat(33)));
        assertEquals(Optional.empty(), ItemBarcode.parse(null));
        assertEquals(Optional.empty(), ItemBarcode.parse("12 34"));
    }
}
