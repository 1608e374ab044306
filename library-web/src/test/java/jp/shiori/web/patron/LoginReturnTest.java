package jp.shiori.web.patron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The header's ログイン brings the patron back to the OPAC page they were on, and nowhere else. */
class LoginReturnTest {

    @Test
    void thePatronReturnsToTheOpacPageTheyWereOn() {
        assertEquals(Optional.of("/title.xhtml?id=42"), LoginPage.cameFrom("", "/title.xhtml?id=42"));
        assertEquals(
                Optional.of("/shiori/search.xhtml?q=x"), LoginPage.cameFrom("/shiori", "/shiori/search.xhtml?q=x"));
    }

    @Test
    void neverAnotherSiteAStaffPageOrTheLoginItself() {
        assertTrue(LoginPage.cameFrom("", null).isEmpty());
        assertTrue(LoginPage.cameFrom("", "https://evil.example/").isEmpty());
        assertTrue(LoginPage.cameFrom("", "//evil.example/").isEmpty());
        assertTrue(LoginPage.cameFrom("", "/\\evil.example/").isEmpty());
        assertTrue(LoginPage.cameFrom("", "/staff/index.xhtml").isEmpty());
        assertTrue(LoginPage.cameFrom("", "/login.xhtml").isEmpty());
        assertTrue(LoginPage.cameFrom("", "/index.xhtml\r\nSet-Cookie: x").isEmpty());
        assertTrue(LoginPage.cameFrom("/shiori", "/other/index.xhtml").isEmpty());
    }
}
