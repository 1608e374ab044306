package jp.shiori.web.patron;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
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
        boolean marked = cookies != null
                && Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()) && "1".equals(c.getValue()));
        return marked || inBlocks(request.getRemoteAddr(), System.getenv("LIBRARY_OPAC_TERMINALS"));
    }

    /** Whether the address lies in one of the comma-separated CIDR blocks (IPv4 or IPv6). */
    static boolean inBlocks(String address, String blocks) {
        return CidrBlock.literal(address)
                .map(ip -> CidrBlock.parseList(blocks).stream().anyMatch(block -> block.contains(ip)))
                .orElse(false);
    }
}
