package jp.shiori.web.patron;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 館内の資料検索機: terminals are known by their addresses, given as CIDR blocks. */
class OpacTerminalTest {

    private static final String BLOCKS = "10.20.0.0/16, 192.168.5.17, 2001:db8:1::/48";

    @Test
    void anAddressInsideABlockIsATerminal() {
        assertTrue(OpacTerminal.inBlocks("10.20.3.4", BLOCKS));
        assertTrue(OpacTerminal.inBlocks("192.168.5.17", BLOCKS));
        assertTrue(OpacTerminal.inBlocks("2001:db8:1:ff::2", BLOCKS));
    }

    @Test
    void anAddressOutsideEveryBlockIsNot() {
        assertFalse(OpacTerminal.inBlocks("10.21.0.1", BLOCKS));
        assertFalse(OpacTerminal.inBlocks("192.168.5.18", BLOCKS));
        assertFalse(OpacTerminal.inBlocks("2001:db8:2::1", BLOCKS));
    }

    @Test
    void noConfigurationOrGarbageMeansNoTerminal() {
        assertFalse(OpacTerminal.inBlocks("10.20.3.4", null));
        assertFalse(OpacTerminal.inBlocks("10.20.3.4", " "));
        assertFalse(OpacTerminal.inBlocks("10.20.3.4", "10.20.0.0/abc"));
    }
}
