package jp.shiori.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /api/v1/branches from outside, as an integrator's client sees it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BranchApiIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private HttpResponse<String> get(String path) {
        return new ShioriClient(baseUri(deploymentUrl)).get(path);
    }

    private static JsonValue json(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }

    @Test
    void theBranchListComesWithPhoneNumbersAndPickupPoints() throws Exception {
        HttpResponse<String> response = get("api/v1/branches");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray branches = json(response.body()).asJsonArray();
        assertEquals(7, branches.size());
        JsonObject central = branches.getJsonObject(0);
        assertEquals("central", central.getString("code"));
        assertEquals("釧路市中央図書館", central.getJsonObject("name").getString("ja"));
        assertEquals(
                "Kushiro City Central Library", central.getJsonObject("name").getString("en"));
        assertEquals("0154-64-1740", central.getString("phone"));
        assertEquals(
                "HOLD_SHELF_ROOM",
                central.getJsonArray("pickupPoints").getJsonObject(1).getString("stationKind"));
    }

    @Test
    void oneBranchByItsCode() throws Exception {
        HttpResponse<String> response = get("api/v1/branches/onbetsu");

        assertEquals(200, response.statusCode());
        JsonObject onbetsu = json(response.body()).asJsonObject();
        assertEquals("01547-6-3435", onbetsu.getString("phone"));
        JsonArray points = onbetsu.getJsonArray("pickupPoints");
        assertEquals(1, points.size());
        JsonObject branchItself = points.getJsonObject(0);
        assertEquals("onbetsu", branchItself.getString("branchCode"));
        assertTrue(
                !branchItself.containsKey("stationCode") || branchItself.isNull("stationCode"),
                branchItself.toString());
    }

    @Test
    void anUnknownBranchIsA404ProblemDocument() throws Exception {
        HttpResponse<String> response = get("api/v1/branches/NOPE");

        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = json(response.body()).asJsonObject();
        assertEquals(404, problem.getInt("status"));
        assertEquals("not-found", problem.getString("code"));
        assertTrue(problem.getString("detail").contains("NOPE"));
    }

    @Test
    void anUnknownApiPathIsAProblemDocumentToo() throws Exception {
        HttpResponse<String> response = get("api/v1/no-such-resource");

        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void healthReportsTheDatabaseUp() throws Exception {
        HttpResponse<String> response = get("health");

        assertEquals(200, response.statusCode());
        JsonObject health = json(response.body()).asJsonObject();
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database"))
                .findFirst()
                .orElseThrow();
        assertEquals("UP", database.getString("status"));
    }

    @Test
    void theOpenApiDocumentDescribesTheBranchEndpoints() throws Exception {
        HttpResponse<String> response = get("openapi");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/branches/{code}"), response.body());
    }
}
