package jp.shiori.web.patron;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A block of addresses in CIDR notation ({@code 10.20.0.0/16}, {@code 2001:db8:1::/48}, or one address), matched
 * with the JDK's address bytes and the prefix length. Only address literals are read: a host name is refused
 * rather than looked up.
 */
final class CidrBlock {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final byte[] network;
    private final int prefix;

    private CidrBlock(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** The block written as {@code text}, or empty when it is not one (a host name, a prefix out of range). */
    static Optional<CidrBlock> parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length > 2 || parts.length == 2 && !parts[1].matches("\\d{1,3}")) {
            return Optional.empty();
        }
        Optional<InetAddress> network = literal(parts[0]);
        if (network.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = network.get().getAddress();
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bytes.length * 8;
        return prefix <= bytes.length * 8 ? Optional.of(new CidrBlock(bytes, prefix)) : Optional.empty();
    }

    /** Every block of a comma-separated list; a list with any entry that is not a block is no list at all. */
    static List<CidrBlock> parseList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Optional<CidrBlock>> blocks =
                Stream.of(text.split(",")).map(CidrBlock::parse).toList();
        return blocks.stream().allMatch(Optional::isPresent)
                ? blocks.stream().map(Optional::get).toList()
                : List.of();
    }

    /** An IPv4 or IPv6 address literal; an IPv4-mapped IPv6 address is its IPv4 address (as the JDK reads it). */
    static Optional<InetAddress> literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return rest == 0 || (bytes[whole] & mask) == (network[whole] & mask);
    }
}
