package jp.shiori.it.notify;

import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shiori.it.Mailbox;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.it.StaffPages;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox delivers through a real SMTP server: GreenMail in this JVM on 127.0.0.1:3025, where the test
 * domain sends (Launcher: retries after 1 s, dead after 3 tries). A server that is down loses no mail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailOutboxIT extends ShioriDeployment {

    private static final Duration PATIENCE = Mailbox.PATIENCE;

    @ArquillianResource
    URL deploymentUrl;

    private ShioriClient client;
    private final Mailbox mailbox = new Mailbox();

    @BeforeEach
    void client() {
        client = ShioriClient.staff(baseUri(deploymentUrl));
    }

    @AfterEach
    void stopMailServer() {
        mailbox.stop();
    }

    private void startMailServer() {
        mailbox.start();
    }

    private static String uniqueAddress() {
        return Mailbox.uniqueAddress();
    }

    private long queueTestMail(String to, String language) {
        HttpResponse<String> queued =
                client.postJson("api/v1/ops/mail/test", "{\"to\":\"" + to + "\",\"language\":\"" + language + "\"}");
        assertEquals(202, queued.statusCode(), queued.body());
        assertEquals("PENDING", object(queued).getString("state"));
        return object(queued).getJsonNumber("id").longValue();
    }

    private JsonObject awaitMail(long id, java.util.function.Predicate<JsonObject> condition) {
        return client.await("api/v1/ops/mail/" + id, condition, PATIENCE);
    }

    private MimeMessage awaitDelivery(String to) throws MessagingException, InterruptedException {
        return mailbox.awaitDelivery(to);
    }

    private Optional<MimeMessage> receivedFor(String to) throws MessagingException {
        return mailbox.receivedFor(to);
    }

    @Test
    void aQueuedMailArrivesInJapaneseAndIsMarkedSent() throws Exception {
        startMailServer();
        String to = uniqueAddress();

        long id = queueTestMail(to, "ja");
        MimeMessage mail = awaitDelivery(to);

        assertEquals("【釧路市図書館】テストメール", mail.getSubject());
        String body = (String) mail.getContent();
        assertTrue(body.contains("釧路市図書館の業務システムから送信したテストメールです"), body);
        assertTrue(mail.getContentType().toLowerCase().contains("utf-8"), mail.getContentType());
        JsonObject sent = awaitMail(id, m -> m.getString("state").equals("SENT"));
        assertEquals(1, sent.getInt("attempts"));
        assertTrue(sent.containsKey("sentAt"));
        assertTrue(ShioriClient.array(client.get("api/v1/ops/mail?state=SENT")).stream()
                .anyMatch(m -> m.asJsonObject().getJsonNumber("id").longValue() == id));
    }

    @Test
    void mailWaitsInTheOutboxWhileTheMailServerIsDownAndGoesOutWhenItIsBack() throws Exception {
        String to = uniqueAddress();

        long id = queueTestMail(to, "en");
        JsonObject failed = awaitMail(id, m -> m.getInt("attempts") > 0);

        assertEquals("PENDING", failed.getString("state"));
        assertFalse(failed.getString("lastError", "").isBlank(), failed.toString());
        startMailServer();
        MimeMessage mail = awaitDelivery(to);
        assertEquals("[Kushiro City Library] Test mail", mail.getSubject());
        awaitMail(id, m -> m.getString("state").equals("SENT"));
    }

    @Test
    void theMailServerStoppingInTheMiddleOfDeliveryLosesNothingAndDoublesNothing() throws Exception {
        startMailServer();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            addresses.add(uniqueAddress());
            queueTestMail(addresses.get(i), "ja");
        }
        awaitDelivery(addresses.get(0));
        Map<String, Integer> beforeTheOutage = new HashMap<>();
        for (String a : addresses) {
            beforeTheOutage.put(a, mailbox.allFor(a).size());
        }
        mailbox.stop(); // GreenMail's received mail goes with it: counted above
        List<Long> duringTheOutage = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String to = uniqueAddress();
            addresses.add(to);
            beforeTheOutage.put(to, 0);
            duringTheOutage.add(queueTestMail(to, "ja"));
        }
        JsonObject failed = awaitMail(duringTheOutage.get(0), m -> m.getInt("attempts") > 0);
        assertFalse(failed.getString("state").equals("SENT"), failed.toString());
        assertFalse(failed.getString("lastError", "").isBlank(), failed.toString());

        startMailServer();
        for (String a : addresses) {
            Mailbox.awaitOutboxSent(client, a);
        }
        for (String a : addresses) {
            assertEquals(1, beforeTheOutage.get(a) + mailbox.allFor(a).size(), a + ": delivered exactly once");
        }
    }

    @Test
    void mailIsDeadAfterItsLastTryAndGoesOutWhenStaffResendIt() throws Exception {
        String to = uniqueAddress();
        long id = queueTestMail(to, "ja");

        JsonObject dead = awaitMail(id, m -> m.getString("state").equals("DEAD"));
        assertEquals(3, dead.getInt("attempts"));
        assertTrue(ShioriClient.array(client.get("api/v1/ops/mail?state=DEAD")).stream()
                .anyMatch(m -> m.asJsonObject().getJsonNumber("id").longValue() == id));

        assertEquals(
                204, client.postJson("api/v1/ops/mail/" + id + "/resend", "").statusCode());
        JsonObject resent = object(client.get("api/v1/ops/mail/" + id));
        assertEquals("PENDING", resent.getString("state"));
        assertTrue(resent.getInt("attempts") < 3, resent.toString());

        startMailServer();
        awaitDelivery(to);
        awaitMail(id, m -> m.getString("state").equals("SENT"));
    }

    @Test
    void theStaffPageListsDeadMailWithAResendButton() {
        String to = uniqueAddress();
        long id = queueTestMail(to, "ja");
        awaitMail(id, m -> m.getString("state").equals("DEAD"));

        HttpResponse<String> page = StaffPages.login(client.base(), ShioriClient.ADMIN, ShioriClient.ADMIN_PASSWORD)
                .get("staff/mail.xhtml");

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("メール送信状況"), page.body());
        String row = page.body().substring(page.body().indexOf("data-mail=\"" + id + "\""));
        row = row.substring(0, row.indexOf("</article>"));
        assertTrue(row.contains(to), row);
        assertTrue(row.contains("value=\"再送\""), row);
        // the body as the patron would read it, and the time in the library's zone, Japanese style
        assertTrue(row.contains("class=\"mail-body\""), row);
        assertTrue(row.matches("(?s).*class=\"mail-created\">\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{1,2}:\\d{2}<.*"), row);
    }

    @Test
    void aSentMailIsNotResentAndAnUnknownOneIsNotFound() throws Exception {
        startMailServer();
        String to = uniqueAddress();
        long id = queueTestMail(to, "ja");
        awaitMail(id, m -> m.getString("state").equals("SENT"));

        HttpResponse<String> again = client.postJson("api/v1/ops/mail/" + id + "/resend", "");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("conflict", object(again).getString("code"));
        HttpResponse<String> unknown = client.postJson("api/v1/ops/mail/987654321/resend", "");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("not-found", object(unknown).getString("code"));
    }

    @Test
    void aTestMailToSomethingThatIsNotAnAddressIsRefused() throws IOException {
        HttpResponse<String> refused = client.postJson("api/v1/ops/mail/test", "{\"to\":\"not an address\"}");

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("bad-request", object(refused).getString("code"));
    }
}
