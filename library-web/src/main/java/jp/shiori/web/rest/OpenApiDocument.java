package jp.shiori.web.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The API's own OpenAPI document, written and reviewed like code and linted in CI; the server's generated
 * document at {@code /openapi} is checked against it so that neither drifts.
 */
@Path("openapi.yaml")
public class OpenApiDocument {

    @GET
    @Produces("application/yaml")
    @Operation(hidden = true)
    public InputStream document() {
        return OpenApiDocument.class.getResourceAsStream("openapi.yaml");
    }
}
