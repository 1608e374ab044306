package jp.shiori.web.patron;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * 館内の資料検索機 (OPAC terminal): a request from a configured terminal address ({@code LIBRARY_OPAC_TERMINALS},
 * comma-separated CIDR blocks) or from a browser that staff marked with the terminal cookie. The guide:
 * password reissue (and later the book list and new-arrival alerts) is not offered there.
 */
@Named
@RequestScoped
public class OpacTerminal {

    public static final String COOKIE = "shiori-opac-terminal";

    @Inject
    HttpServletRequest request;

    public boolean isTerminal() {
        Cookie[] cookies = request.getCookies();
        boolean marked = cookies != null && Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()) && "1".equals(c.getValue()));
        return marked || inBlocks(request.getRemoteAddr(), System.getenv("LIBRARY_OPAC_TERMINALS"));
    }

    /** Whether the address lies in one of the comma-separated CIDR blocks (IPv4 or IPv6). */
    static boolean inBlocks(String address, String blocks) {
        if (address == null || blocks == null || blocks.isBlank()) {
            return false;
        }
        try {
            byte[] ip = InetAddress.getByName(address).getAddress();
            for (String block : blocks.split(",")) {
                String[] parts = block.strip().split("/");
                byte[] net = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : net.length * 8;
                if (net.length == ip.length && samePrefix(ip, net, bits)) {
                    return true;
                }
            }
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
        return false;
    }

    private static boolean samePrefix(byte[] a, byte[] b, int bits) {
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((a[i / 8] & mask) != (b[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
