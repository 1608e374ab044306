package jp.shiori.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackTest {

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost:8080", "http://localhost:8080/", "http://127.0.0.1:8080",
            "http://[::1]:8080", "https://LOCALHOST:8181", "http://localhost" })
    void thisMachineIsAccepted(String base) {
        assertEquals(base.replaceAll("/+$", ""), Loopback.requireLoopback(base).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://example.com:8080", "http://10.0.0.5:8080", "http://192.168.1.10",
            "http://127.0.0.2:8080", "http://localhost.example.com:8080", "http://127.0.0.1.nip.io:8080",
            "http://user@localhost:8080", "ftp://localhost/", "localhost:8080", "http://0.0.0.0:8080",
            "http://localhost:8080/?q=x", "not a url" })
    void anyOtherHostIsRefused(String base) {
        assertThrows(IllegalArgumentException.class, () -> Loopback.requireLoopback(base));
    }
}
