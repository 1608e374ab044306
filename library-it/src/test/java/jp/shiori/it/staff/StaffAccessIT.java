package jp.shiori.it.staff;

import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.it.StaffPages;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff logins and roles: who may call which staff operation and open which staff screen. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAccessIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private URI base;
    private ShioriClient admin;

    @BeforeEach
    void setUp() {
        base = baseUri(deploymentUrl);
        admin = ShioriClient.staff(base);
    }

    private String newAccount(String role, String password) {
        String username = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.postJson("api/v1/staff/accounts", """
                {"username":"%s","displayName":"窓口 太郎","roles":["%s"],"password":"%s"}""".formatted(username, role, password));
        assertEquals(201, created.statusCode(), created.body());
        return username;
    }

    private HttpResponse<String> staffToken(String username, String password) {
        return new ShioriClient(base)
                .postJson(
                        "api/v1/auth/staff-token",
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void aStaffOperationWithoutAStaffTokenIsUnauthorizedAndAPatronTokenIsNoStaffToken() {
        HttpResponse<String> anonymous = new ShioriClient(base).get("api/v1/ops/mail");
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals("unauthorized", object(anonymous).getString("code"));
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

        HttpResponse<String> forged = new ShioriClient(base)
                .send(HttpRequest.newBuilder(base.resolve("api/v1/ops/mail"))
                        .header("Authorization", "Bearer v1.1.99999999999.forged")
                        .GET());
        assertEquals(401, forged.statusCode(), "a patron-shaped or forged token is not a staff token");
    }

    @Test
    void eachRoleReachesItsOwnOperationsAndNoOthers() {
        ShioriClient catalog = ShioriClient.newStaff(base, "CATALOG");
        HttpResponse<String> patrons = catalog.get("api/v1/patrons?q=1234");
        assertEquals(403, patrons.statusCode(), patrons.body());
        assertEquals("forbidden", object(patrons).getString("code"));
        assertEquals(403, catalog.get("api/v1/staff/accounts").statusCode());
        assertEquals(200, catalog.get("api/v1/catalog/imports").statusCode());
        assertEquals(
                403, catalog.postJson("api/v1/circulation/checkouts", "{}").statusCode(), "no desk for cataloguers");

        ShioriClient circulation = ShioriClient.newStaff(base, "CIRCULATION");
        assertEquals(403, circulation.get("api/v1/catalog/imports").statusCode());
        assertEquals(403, circulation.get("api/v1/ops/mail").statusCode());
        assertEquals(403, circulation.get("api/v1/audit").statusCode());
        assertEquals(
                200,
                ShioriClient.newStaff(base, "PATRONS")
                        .get("api/v1/patrons?q=1234")
                        .statusCode());
    }

    @Test
    void anUnknownNameAWrongPasswordAndALockedAccountGetTheSameAnswerAndTheLockIsAudited() {
        String password = "kushiro-desk-" + UUID.randomUUID().toString().substring(0, 6);
        String username = newAccount("CIRCULATION", password);
        HttpResponse<String> unknown =
                staffToken("nobody-" + UUID.randomUUID().toString().substring(0, 6), password);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = staffToken(username, "wrong-password-" + i);
            assertEquals(401, wrong.statusCode());
            assertEquals(object(unknown).getString("detail"), object(wrong).getString("detail"));
        }
        HttpResponse<String> locked = staffToken(username, password);
        assertEquals(401, locked.statusCode(), "locked for fifteen minutes, even with the right password");
        assertEquals(object(unknown).getString("detail"), object(locked).getString("detail"));
        assertTrue(admin.get("api/v1/audit?who=staff:" + username).body().contains("staff-login-locked"));
    }

    @Test
    void aDeactivatedAccountsTokenStopsWorkingAtOnce() {
        String password = "kushiro-desk-" + UUID.randomUUID().toString().substring(0, 6);
        String username = newAccount("CATALOG", password);
        ShioriClient member = new ShioriClient(base).loginAsStaff(username, password);
        assertEquals(200, member.get("api/v1/catalog/imports").statusCode());
        long id = admin.get("api/v1/staff/accounts").body().contains(username)
                ? ShioriClient.array(admin.get("api/v1/staff/accounts")).stream()
                        .map(v -> v.asJsonObject())
                        .filter(o -> o.getString("username").equals(username))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue()
                : -1;

        HttpResponse<String> changed =
                admin.putJson("api/v1/staff/accounts/" + id, "{\"roles\":[\"CATALOG\"],\"active\":false}");
        assertEquals(200, changed.statusCode(), changed.body());

        assertEquals(401, member.get("api/v1/catalog/imports").statusCode());
        assertEquals(401, staffToken(username, password).statusCode());
    }

    @Test
    void weakPasswordsBadNamesAndTakenNamesAreRefusedAndAnAdministratorCannotLockThemselfOut() {
        String username = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> weak = admin.postJson("api/v1/staff/accounts", """
                {"username":"%s","displayName":"窓口","roles":["CIRCULATION"],"password":"short-pw"}""".formatted(username));
        assertEquals(400, weak.statusCode(), weak.body());
        assertTrue(object(weak).getString("detail").contains("password-too-short-staff"));
        HttpResponse<String> withName = admin.postJson("api/v1/staff/accounts", """
                {"username":"%s","displayName":"窓口","roles":["CIRCULATION"],"password":"%s-password"}""".formatted(username, username));
        assertTrue(object(withName).getString("detail").contains("password-contains-username"), withName.body());
        HttpResponse<String> script = admin.postJson("api/v1/staff/accounts", """
                {"username":"<script>","displayName":"窓口","roles":["CIRCULATION"],"password":"kushiro-desk-2026"}""");
        assertEquals(400, script.statusCode());
        HttpResponse<String> taken = admin.postJson("api/v1/staff/accounts", """
                {"username":"IT-ADMIN","displayName":"窓口","roles":["CIRCULATION"],"password":"kushiro-desk-2026"}""");
        assertEquals(409, taken.statusCode(), "the name is folded to lower case: it-admin is taken");
        assertFalse(admin.get("api/v1/staff/accounts").body().contains("<script>"));

        long self = ShioriClient.array(admin.get("api/v1/staff/accounts")).stream()
                .map(v -> v.asJsonObject())
                .filter(o -> o.getString("username").equals(ShioriClient.ADMIN))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> lockout =
                admin.putJson("api/v1/staff/accounts/" + self, "{\"roles\":[\"CATALOG\"],\"active\":true}");
        assertEquals(409, lockout.statusCode(), lockout.body());
    }

    @Test
    void staffScreensSendStrangersToTheStaffLoginAndRolesDecideTheAreas() {
        HttpResponse<String> stranger = StaffPages.anonymous(base).get("staff/patrons/index.xhtml");
        assertTrue(
                stranger.uri().getPath().endsWith("/staff/login.xhtml"),
                stranger.uri().toString());
        assertTrue(stranger.body().contains("職員ログイン"));

        String password = "kushiro-desk-" + UUID.randomUUID().toString().substring(0, 6);
        StaffPages catalog = StaffPages.login(base, newAccount("CATALOG", password), password);
        assertEquals(403, catalog.get("staff/patrons/index.xhtml").statusCode());
        assertEquals(403, catalog.get("staff/admin/audit.xhtml").statusCode());
        assertEquals(403, catalog.get("staff/mail.xhtml").statusCode());
        assertEquals(200, catalog.get("staff/catalog-import.xhtml").statusCode());
        String menu = catalog.get("staff/").body();
        assertTrue(
                menu.contains("menu-import") && !menu.contains("menu-patrons") && !menu.contains("menu-accounts"),
                menu);
    }

    @Test
    void theSessionIdChangesAtLoginAndAFormPostedWithoutItsViewStateChangesNothing() {
        StaffPages pages = StaffPages.anonymous(base);
        HttpResponse<String> loginPage = pages.get("staff/login.xhtml");
        String before = loginPage.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElse("");
        HttpResponse<String> menu = pages.submit(
                "staff/login.xhtml",
                "login",
                Map.of(
                        "login:username",
                        ShioriClient.ADMIN,
                        "login:password",
                        ShioriClient.ADMIN_PASSWORD,
                        "login:submit",
                        "login"));
        assertTrue(menu.uri().getPath().endsWith("/staff/"), menu.uri().toString());
        String after = menu.previousResponse().map(r -> r.headers().allValues("Set-Cookie")).orElseThrow().stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElse("");
        assertFalse(after.isEmpty(), "the login answers with a new session cookie");
        assertNotEquals(before.split(";")[0], after.split(";")[0], "no session fixation");

        // A cross-site form: the logged-in session's cookie, but no ViewState of a page the staff member opened.
        HttpResponse<String> patron = admin.postJson("api/v1/patrons", """
                {"cardNumber":"%s","name":"越境 守","category":"ADULT","cardRenewalDate":"2030-01-01"}""".formatted(
                        java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)));
        long id = object(patron).getJsonNumber("id").longValue();
        HttpResponse<String> forged = pages.post(
                "staff/patrons/patron.xhtml?id=" + id,
                Map.of("block", "block", "block:reason", "forged", "block:submit", "block"));
        assertNotEquals(302, forged.statusCode());
        assertFalse(object(admin.get("api/v1/patrons/" + id)).getBoolean("blocked"), "a forged post blocks nobody");
    }
}
