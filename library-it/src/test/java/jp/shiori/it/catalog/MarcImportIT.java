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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
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
        return awaitImport(startImport(contentType, file));
    }

    private long startImport(String contentType, byte[] file) {
        HttpResponse<String> started = client.postBytes("api/v1/catalog/imports?fileName=test.mrc", contentType, file);
        assertEquals(202, started.statusCode(), started.body());
        return object(started).getJsonNumber("id").longValue();
    }

    private JsonObject awaitImport(long id) {
        JsonObject report = client.await(
                "api/v1/catalog/imports/" + id,
                r -> r.getString("state").equals("COMPLETED")
                        || r.getString("state").equals("FAILED"),
                Duration.ofSeconds(180));
        client.awaitCatalogIndexed();
        return report;
    }

    @Test
    void twoImportsOfOverlappingFilesStartedTogetherBothComplete() throws Exception {
        // control numbers of this run only, so that both imports race to create the same new titles
        List<byte[]> records =
                withFreshControlNumbers(records(Files.readAllBytes(ShioriClient.marcFile("ndl-japan-marc-233.mrc"))));
        List<byte[]> first = records.subList(0, 150);
        List<byte[]> second = new ArrayList<>(records.subList(60, records.size()));
        Collections.reverse(second); // the shared records in the other order: the two chunks cross each other

        long a = startImport("application/marc", concat(first));
        long b = startImport("application/marc", concat(second));
        JsonObject reportA = awaitImport(a);
        JsonObject reportB = awaitImport(b);

        assertEquals("COMPLETED", reportA.getString("state"), reportA.toString());
        assertEquals("COMPLETED", reportB.getString("state"), reportB.toString());
        assertEquals(150, reportA.getInt("created") + reportA.getInt("updated"));
        assertEquals(second.size(), reportB.getInt("created") + reportB.getInt("updated"));
        assertEquals(0, reportA.getInt("skipped") + reportB.getInt("skipped"));
        assertEquals(
                records.size(),
                reportA.getInt("created") + reportB.getInt("created"),
                "each title is created once, by one of the two imports, and revised by the other");
    }

    /** The records of an ISO 2709 file, each with its terminator. */
    private static List<byte[]> records(byte[] file) {
        List<byte[]> records = new ArrayList<>();
        for (int start = 0; start < file.length; ) {
            int end = indexOf(file, (byte) 0x1D, start) + 1;
            records.add(Arrays.copyOfRange(file, start, end));
            start = end;
        }
        return records;
    }

    /** Overwrites each record's 001 in place (same length): R, a run tag, the record's position. */
    private static List<byte[]> withFreshControlNumbers(List<byte[]> records) {
        String run = Long.toString(System.nanoTime() % 1_000_000L, 36);
        List<byte[]> fresh = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            byte[] record = records.get(i).clone();
            int base = Integer.parseInt(new String(record, 12, 5, StandardCharsets.US_ASCII));
            for (int entry = 24; record[entry] != 0x1E; entry += 12) {
                if (new String(record, entry, 3, StandardCharsets.US_ASCII).equals("001")) {
                    int length = Integer.parseInt(new String(record, entry + 3, 4, StandardCharsets.US_ASCII)) - 1;
                    int start = base + Integer.parseInt(new String(record, entry + 7, 5, StandardCharsets.US_ASCII));
                    String value = "R" + run + String.format("%03d", i);
                    assertTrue(value.length() <= length, "control number of record " + i + " too short");
                    value = value + "0".repeat(length - value.length());
                    System.arraycopy(value.getBytes(StandardCharsets.US_ASCII), 0, record, start, length);
                }
            }
            fresh.add(record);
        }
        return fresh;
    }

    private static byte[] concat(List<byte[]> records) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        records.forEach(file::writeBytes);
        return file.toByteArray();
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
