package jp.shiori.it.catalog;

import static jp.shiori.it.ShioriClient.encode;
import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff import the real NDL and Evergreen files through REST; the batch job runs on Payara. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarcImportIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private ShioriClient client;

    @BeforeEach
    void client() {
        client = ShioriClient.staff(baseUri(deploymentUrl));
    }

    private JsonObject importAndWait(String contentType, byte[] file) {
        HttpResponse<String> started = client.postBytes("api/v1/catalog/imports?fileName=test.mrc", contentType, file);
        assertEquals(202, started.statusCode(), started.body());
        long id = object(started).getJsonNumber("id").longValue();
        return client.await(
                "api/v1/catalog/imports/" + id,
                r -> r.getString("state").equals("COMPLETED")
                        || r.getString("state").equals("FAILED"),
                Duration.ofSeconds(120));
    }

    @Test
    void theNdlFileComesInWholeAndItsTitlesAreFoundByReadingAndNdc() throws Exception {
        JsonObject report =
                importAndWait("application/marc", Files.readAllBytes(ShioriClient.marcFile("ndl-japan-marc-233.mrc")));

        assertEquals("COMPLETED", report.getString("state"));
        assertEquals(233, report.getInt("recordTotal"));
        assertEquals(233, report.getInt("recordsRead"));
        assertEquals(
                233, report.getInt("created") + report.getInt("updated"), "re-import revises, it does not duplicate");
        assertEquals(0, report.getInt("skipped"));

        // 029455884 (yaz-marcdump): これからの本の話をしよう, 880 reading コレカラ ノ ホン ノ ハナシ オ シヨウ, NDC 023
        JsonObject byReading = object(client.get("api/v1/catalog/search?q=" + encode("これからのほんのはなし")));
        assertEquals(
                "これからの本の話をしよう", byReading.getJsonArray("hits").getJsonObject(0).getString("title"));
        JsonObject byNdc = object(client.get("api/v1/catalog/search?ndc=023&q=" + encode("本の話")));
        assertTrue(byNdc.getInt("total") >= 1);
        assertEquals("023", byNdc.getJsonArray("hits").getJsonObject(0).getString("ndc"));
    }

    @Test
    void theMarc8FileComesOutAsUnicode() throws Exception {
        JsonObject report = importAndWait(
                "application/octet-stream", Files.readAllBytes(ShioriClient.marcFile("evergreen-jazz-1k.marc8.mrc")));

        assertEquals(1000, report.getInt("recordsRead"));
        JsonObject koeln = object(client.get("api/v1/catalog/search?q=" + encode("Köln concert")));
        assertEquals(
                "The Köln concert", koeln.getJsonArray("hits").getJsonObject(0).getString("title"));
    }

    @Test
    void aBrokenRecordIsSkippedWithItsReasonAndTheOthersComeIn() throws Exception {
        byte[] ndl = Files.readAllBytes(ShioriClient.marcFile("ndl-japan-marc-233.mrc"));
        int firstEnd = indexOf(ndl, (byte) 0x1D, 0) + 1;
        int secondEnd = indexOf(ndl, (byte) 0x1D, firstEnd) + 1;
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(ndl, 0, firstEnd);
        file.write("THIS IS NOT MARC".getBytes(StandardCharsets.US_ASCII));
        file.write(0x1D);
        file.write(ndl, firstEnd, secondEnd - firstEnd);

        JsonObject report = importAndWait("application/marc", file.toByteArray());

        assertEquals("COMPLETED", report.getString("state"));
        assertEquals(1, report.getInt("skipped"), report.toString());
        assertEquals(2, report.getInt("created") + report.getInt("updated"));
        JsonObject problem = report.getJsonArray("problems").getJsonObject(0);
        assertEquals(2, problem.getInt("recordNumber"));
        assertTrue(!problem.getString("reason").isBlank());
    }

    @Test
    void theReindexJobRebuildsTheIndexWithProgress() {
        HttpResponse<String> started = client.postJson("api/v1/ops/jobs/catalog-reindex", "");
        assertEquals(202, started.statusCode(), started.body());
        long execution = object(started).getJsonNumber("executionId").longValue();

        JsonObject done = client.await(
                "api/v1/ops/executions/" + execution,
                e -> e.getString("status").equals("COMPLETED")
                        || e.getString("status").equals("FAILED"),
                Duration.ofSeconds(120));

        assertEquals("COMPLETED", done.getString("status"));
        assertTrue(done.getJsonNumber("total").longValue() > 0);
        assertEquals(
                done.getJsonNumber("total").longValue(),
                done.getJsonNumber("done").longValue());
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }
}
