package jp.shiori.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shiori.it.RequiresTool;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the API publishes passes Redocly's linter (npm @redocly/cli), and it describes
 * exactly the operations the server really has (compared with Payara's generated document).
 */
@RequiresTool(paths = "/usr/bin/npx", requiredBy = "redocly.required", install = "apt-get install npm")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT extends ShioriDeployment {

    private static final String REDOCLY = "@redocly/cli@2.77.0";
    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|post|put|delete|patch):\\s*$");

    @ArquillianResource
    URL deploymentUrl;

    private String publishedDocument() {
        HttpResponse<String> response = new ShioriClient(baseUri(deploymentUrl)).getAny("api/v1/openapi.yaml");
        assertEquals(200, response.statusCode());
        return response.body();
    }

    @Test
    void thePublishedDocumentPassesTheRedoclyLinter() throws Exception {
        Path document = Path.of("target", "openapi.yaml").toAbsolutePath();
        Files.writeString(document, publishedDocument(), StandardCharsets.UTF_8);
        Path output = Path.of("target", "redocly-lint.txt").toAbsolutePath();

        ProcessBuilder lint = new ProcessBuilder(
                        "npx", "--yes", REDOCLY, "lint", document.toString(), "--format=stylish")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("NO_UPDATE_NOTIFIER", "1");
        Process process = lint.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "redocly lint did not finish");

        String report = Files.readString(output);
        assertEquals(0, process.exitValue(), report);
        assertTrue(report.contains("valid"), report);
    }

    @Test
    void theDocumentDescribesExactlyTheOperationsTheServerHas() {
        Set<String> documented = new TreeSet<>();
        String currentPath = null;
        for (String line : publishedDocument().split("\n")) {
            Matcher path = PATH.matcher(line);
            Matcher method = METHOD.matcher(line);
            if (path.matches()) {
                currentPath = path.group(1);
            } else if (method.matches() && currentPath != null) {
                documented.add(method.group(1).toUpperCase() + " /api/v1" + currentPath);
            }
        }

        JsonObject generated = ShioriClient.object(new ShioriClient(baseUri(deploymentUrl)).get("openapi"))
                .getJsonObject("paths");
        Set<String> served = new TreeSet<>();
        generated.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> served.add(m.toUpperCase() + " " + path)));
        served.remove("GET /api/v1/openapi.yaml");

        assertEquals(served, documented);
    }
}
