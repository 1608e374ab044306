package jp.shiori.it.alerts;

import static jp.shiori.it.ShioriClient.array;
import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shiori.it.Mailbox;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.it.circulation.LibraryFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The "done when" through REST and real mail: a patron registers お菓子作りの新刊 (NDC 596, ケーキ), staff
 * catalogue a new cake book with a copy, the new-arrival-mail job mails it once (GreenMail, the Japanese subject
 * is the patron's mail title); running again, a re-import and a second copy mail nothing more; the signed link
 * pauses the alert and a tampered one changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewArrivalMailIT extends ShioriDeployment {

    private static final Pattern UNSUBSCRIBE =
            Pattern.compile("https?://\\S+/alerts/unsubscribe\\.xhtml\\?alert=(\\d+)&sig=(\\S+)");

    @ArquillianResource
    URL deploymentUrl;

    private URI base;
    private ShioriClient staff;
    private LibraryFixtures library;
    private final Mailbox mailbox = new Mailbox();

    @BeforeEach
    void setUp() {
        base = baseUri(deploymentUrl);
        staff = ShioriClient.staff(base);
        library = new LibraryFixtures(staff);
        mailbox.start();
    }

    @AfterEach
    void tearDown() {
        mailbox.stop();
    }

    private HttpResponse<String> asPatron(String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        request = json == null
                ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonObject runTheJob() {
        HttpResponse<String> started = staff.postJson("api/v1/ops/jobs/new-arrival-mail", "");
        assertEquals(202, started.statusCode(), started.body());
        long execution = object(started).getJsonNumber("executionId").longValue();
        JsonObject done = staff.await(
                "api/v1/ops/executions/" + execution,
                e -> e.getString("status").equals("COMPLETED")
                        || e.getString("status").equals("FAILED"),
                Duration.ofSeconds(120));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        return done;
    }

    /** The alert's mail in the outbox: written by the job's own transactions, so counted right after it. */
    private long outboxMailsTo(String address, String subject) {
        return array(staff.get("api/v1/ops/mail")).stream()
                .map(v -> v.asJsonObject())
                .filter(m -> m.getString("to").equals(address)
                        && m.getString("subject").equals(subject))
                .count();
    }

    private List<String> feedTitles(String path) throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(base.resolve(path)).build());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    private static List<String> codes(HttpResponse<String> refused) {
        return object(refused).getJsonArray("errors").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private long cakeBook(String word, String sourceId) {
        return staff.createTitle("""
                {"source":"IT","sourceId":"%s","title":"はじめてのケーキ作り %s","materialType":"BOOK","ndc":"596.65",
                 "publisher":"釧路書房","publicationYear":2026,"contributors":[{"name":"山田 花子"}]}""".formatted(sourceId, word));
    }

    @Test
    void aNewCakeBookIsMailedOnceToTheAlertAndTheSignedLinkPausesIt() throws Exception {
        String word = ShioriClient.uniqueWord();
        String address = Mailbox.uniqueAddress();
        LibraryFixtures.Patron patron = new VerifiedPatrons(base, library, mailbox).withAddress("釧路 花子", address);
        String token = library.token(patron);
        String mailTitle = "お菓子作りの新刊 " + word;

        HttpResponse<String> created = asPatron(token, "POST", "api/v1/me/alerts", """
                {"mailTitle":"%s","conditions":{"keywords":"ケーキ %s","ndc":"５９６"}}""".formatted(mailTitle, word));
        assertEquals(201, created.statusCode(), created.body());
        long alertId = object(created).getJsonNumber("id").longValue();
        assertTrue(object(created).getBoolean("active"));
        assertEquals("596", object(created).getJsonObject("conditions").getString("ndc"));

        long titleId = cakeBook(word, word);
        HttpResponse<String> preview = asPatron(
                token, "POST", "api/v1/me/alerts/preview", "{\"keywords\":\"ケーキ " + word + "\",\"ndc\":\"596\"}");
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals(0, object(preview).getJsonNumber("total").longValue(), "a title without copies has not arrived");

        staff.addItem(titleId, ShioriClient.uniqueBarcode(), "central", true);
        preview = asPatron(
                token, "POST", "api/v1/me/alerts/preview", "{\"keywords\":\"ケーキ " + word + "\",\"ndc\":\"596\"}");
        assertEquals(1, object(preview).getJsonNumber("total").longValue(), preview.body());
        assertEquals(
                titleId,
                object(preview)
                        .getJsonArray("titles")
                        .getJsonObject(0)
                        .getJsonObject("title")
                        .getJsonNumber("id")
                        .longValue());

        JsonObject run = runTheJob();
        assertTrue(run.getJsonNumber("total").longValue() >= 1, run.toString());
        MimeMessage mail = mailbox.awaitDelivery(address, word);
        assertEquals(mailTitle, mail.getSubject());
        String body = Mailbox.body(mail);
        assertTrue(body.contains("はじめてのケーキ作り " + word), body);
        assertTrue(body.contains("山田 花子 / 釧路書房 / 2026"), body);
        assertTrue(body.contains("title.xhtml?id=" + titleId), body);
        String[] listUnsubscribe = mail.getHeader("List-Unsubscribe");
        assertTrue(listUnsubscribe != null
                && listUnsubscribe[0].contains("/api/v1/alerts/" + alertId + "/unsubscribe?sig="));
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
        assertEquals(1, outboxMailsTo(address, mailTitle));

        runTheJob();
        // A re-import of the record already held and a second copy do not make the title new again.
        HttpResponse<String> reimported = staff.postJson("api/v1/catalog/titles", """
                {"source":"IT","sourceId":"%s","title":"はじめてのケーキ作り %s","materialType":"BOOK","ndc":"596.65"}""".formatted(word, word));
        assertEquals(200, reimported.statusCode(), reimported.body());
        staff.addItem(titleId, ShioriClient.uniqueBarcode(), "west", true);
        runTheJob();
        assertEquals(1, outboxMailsTo(address, mailTitle), "the title was mailed again");

        // The feeds show the same title, as a real feed parser reads them.
        String feedPath = object(created).getString("feedPath");
        assertTrue(feedTitles(feedPath).contains("はじめてのケーキ作り " + word));
        assertTrue(feedTitles("api/v1/feeds/branches/central").contains("はじめてのケーキ作り " + word));
        assertTrue(feedTitles("api/v1/feeds/ndc/5").contains("はじめてのケーキ作り " + word));
        assertEquals(
                404,
                staff.getAny("api/v1/feeds/alerts/not-a-feed-of-anyone-000").statusCode());

        Matcher link = UNSUBSCRIBE.matcher(body);
        assertTrue(link.find(), body);
        assertEquals(Long.toString(alertId), link.group(1));
        String signature = link.group(2);
        String forged = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        String tampered = send(HttpRequest.newBuilder(
                                URI.create(link.group().replace("sig=" + signature, "sig=" + forged)))
                        .build())
                .body();
        assertTrue(tampered.contains("unsubscribe-invalid"), tampered);
        assertTrue(object(asPatron(token, "GET", "api/v1/me/alerts/" + alertId, null))
                .getBoolean("active"));

        String paused =
                send(HttpRequest.newBuilder(URI.create(link.group())).build()).body();
        assertTrue(paused.contains("unsubscribe-done") && paused.contains(mailTitle), paused);
        assertFalse(object(asPatron(token, "GET", "api/v1/me/alerts/" + alertId, null))
                .getBoolean("active"));
    }

    @Test
    void badConditionsAreRefusedWithTheirReasonsAndNothingIsStored() throws Exception {
        String address = Mailbox.uniqueAddress();
        LibraryFixtures.Patron patron = new VerifiedPatrons(base, library, mailbox).withAddress("釧路 次郎", address);
        String token = library.token(patron);
        record Case(String json, String code) {}
        for (Case c : List.of(
                new Case("{\"mailTitle\":\"新刊\",\"conditions\":{}}", "no-condition"),
                new Case(
                        "{\"mailTitle\":\"新刊\",\"conditions\":{\"keywords\":\"   \",\"author\":\"　\"}}",
                        "no-condition"),
                new Case("{\"mailTitle\":\"新刊\",\"conditions\":{\"ndc\":\"お菓子\"}}", "invalid-ndc"),
                new Case(
                        "{\"mailTitle\":\"新刊\",\"conditions\":{\"keywords\":\"" + "ケ".repeat(10_000) + "\"}}",
                        "text-too-long"),
                new Case("{\"mailTitle\":\"新刊\",\"conditions\":{\"keywords\":\"*:*\"}}", "query-syntax"),
                new Case("{\"mailTitle\":\"新刊\",\"conditions\":{\"title\":\"\\\"(ケーキ)\\\"\"}}", "query-syntax"),
                new Case("{\"mailTitle\":\"  \",\"conditions\":{\"keywords\":\"ケーキ\"}}", "mail-title-missing"),
                new Case("{\"mailTitle\":\"新刊\",\"conditions\":{\"branchCode\":\"nowhere\"}}", "unknown-branch"))) {
            HttpResponse<String> refused = asPatron(token, "POST", "api/v1/me/alerts", c.json());
            assertEquals(422, refused.statusCode(), refused.body());
            assertEquals("alert-refused", object(refused).getString("code"));
            assertTrue(codes(refused).contains(c.code()), c.code() + ": " + refused.body());
        }
        assertEquals(0, array(asPatron(token, "GET", "api/v1/me/alerts", null)).size());

        // Another patron's alert: not found, whatever is done with it, and it stays as it was.
        LibraryFixtures.Patron other =
                new VerifiedPatrons(base, library, mailbox).withAddress("根室 三郎", Mailbox.uniqueAddress());
        String otherToken = library.token(other);
        long theirs = object(asPatron(
                        otherToken,
                        "POST",
                        "api/v1/me/alerts",
                        "{\"mailTitle\":\"地図\",\"conditions\":{\"materialType\":\"MAP\",\"subject\":\"北海道\"}}"))
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                404, asPatron(token, "GET", "api/v1/me/alerts/" + theirs, null).statusCode());
        assertEquals(
                404,
                asPatron(token, "PUT", "api/v1/me/alerts/" + theirs, "{\"active\":false}")
                        .statusCode());
        assertEquals(
                404,
                asPatron(token, "DELETE", "api/v1/me/alerts/" + theirs, null).statusCode());
        assertTrue(object(asPatron(otherToken, "GET", "api/v1/me/alerts/" + theirs, null))
                .getBoolean("active"));

        // A patron without a verified address is told why.
        String unverified = library.token(library.patron("釧路 四郎"));
        HttpResponse<String> refused = asPatron(
                unverified, "POST", "api/v1/me/alerts", "{\"mailTitle\":\"新刊\",\"conditions\":{\"keywords\":\"ケーキ\"}}");
        assertEquals(422, refused.statusCode());
        assertEquals(List.of("email-not-verified"), codes(refused));
    }
}
