package jp.shiori.it.patron;

import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Patron apps: a card login gives a token; /me is the token's patron and nobody else. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatronApiIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private ShioriClient client;

    @BeforeEach
    void setUp() {
        client = ShioriClient.staff(baseUri(deploymentUrl));
    }

    private String register(String name, LocalDate renewal, String password) {
        String digits = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        HttpResponse<String> response =
                client.postJson("api/v1/patrons", """
                {"cardNumber":"A%s","name":"%s","category":"ADULT","cardRenewalDate":"%s","initialPassword":"%s"}""".formatted(digits, name, renewal, password));
        assertEquals(201, response.statusCode(), response.body());
        return digits;
    }

    private HttpResponse<String> token(String card, String password) {
        return client.postJson("api/v1/auth/token", "{\"card\":\"" + card + "\",\"password\":\"" + password + "\"}");
    }

    private HttpResponse<String> me(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(baseUri(deploymentUrl).resolve("api/v1/me"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aCardLoginGivesATokenAndMeIsThatPatron() throws Exception {
        String digits = register("帯広 一子", LocalDate.now().plusYears(1), "ichiko-2026");

        HttpResponse<String> login = token("A-" + digits, "ichiko-2026");
        assertEquals(200, login.statusCode(), login.body());
        JsonObject issued = object(login);
        assertEquals(900, issued.getInt("expiresIn"));

        HttpResponse<String> me = me(issued.getString("token"));
        assertEquals(200, me.statusCode(), me.body());
        JsonObject profile = object(me);
        assertEquals("帯広 一子", profile.getString("name"));
        assertEquals("A" + digits, profile.getString("cardNumber"));
        assertEquals("VALID", profile.getString("standing"));
    }

    @Test
    void aTokenNamingAnotherPatronIsRefused() throws Exception {
        String mine = register("自分 一郎", LocalDate.now().plusYears(1), "my-password");
        String token = object(token(mine, "my-password")).getString("token");
        String[] parts = token.split("\\.");
        String someoneElse = parts[0] + "." + (Long.parseLong(parts[1]) + 1) + "." + parts[2] + "." + parts[3];

        HttpResponse<String> refused = me(someoneElse);
        assertEquals(401, refused.statusCode());
        assertEquals("unauthorized", object(refused).getString("code"));
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, me("garbage").statusCode());
        assertEquals(401, client.get("api/v1/me").statusCode());
    }

    @Test
    void refusalsSayWhatThePatronCanDoWithoutRevealingWhichCardsExist() {
        String expired = register("期限 切子", LocalDate.now().minusDays(1), "expired-pass");
        assertEquals("card-expired", object(token(expired, "expired-pass")).getString("code"));
        assertEquals(
                "unauthorized",
                object(token(expired, "wrong-pass")).getString("code"),
                "the expiry is told only to whoever knows the password");

        String valid = register("間違 五郎", LocalDate.now().plusYears(1), "right-pass");
        HttpResponse<String> wrong = token(valid, "wrong-pass");
        HttpResponse<String> unknown = token("9999999999999", "wrong-pass");
        assertEquals(401, wrong.statusCode());
        assertEquals(object(wrong).getString("detail"), object(unknown).getString("detail"));
        assertEquals(401, token("<script>", "x").statusCode());
        assertEquals(401, token("1".repeat(200), "x").statusCode());
    }

    @Test
    void fiveWrongPasswordsLockTheCardForTheRightOneToo() {
        String card = register("施錠 六郎", LocalDate.now().plusYears(1), "right-pass");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, token(card, "wrong-" + i).statusCode());
        }
        HttpResponse<String> locked = token(card, "right-pass");
        assertEquals(401, locked.statusCode());
        assertEquals("unauthorized", object(locked).getString("code"), "a locked card answers like a wrong password");
    }
}
