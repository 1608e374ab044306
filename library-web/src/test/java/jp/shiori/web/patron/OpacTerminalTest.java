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

    @Test
    void aPrefixOutOfRangeOrAHostNameIsNoBlockAndIsNeverLookedUp() {
        assertFalse(OpacTerminal.inBlocks("10.20.3.4", "10.20.0.0/33"));
        assertFalse(OpacTerminal.inBlocks("10.20.3.4", "10.20.0.0/-1"));
        assertFalse(OpacTerminal.inBlocks("127.0.0.1", "localhost"));
        assertFalse(OpacTerminal.inBlocks("localhost", "127.0.0.0/8"));
    }

    @Test
    void prefixesThatEndInsideAByteAndTheWholeRange() {
        assertTrue(OpacTerminal.inBlocks("10.20.31.4", "10.20.16.0/20"));
        assertFalse(OpacTerminal.inBlocks("10.20.32.4", "10.20.16.0/20"));
        assertTrue(OpacTerminal.inBlocks("203.0.113.9", "0.0.0.0/0"));
        assertFalse(OpacTerminal.inBlocks("2001:db8::1", "0.0.0.0/0"), "an IPv6 address is in no IPv4 block");
        assertTrue(OpacTerminal.inBlocks("::ffff:10.20.3.4", "10.20.0.0/16"), "an IPv4-mapped address");
    }
}
