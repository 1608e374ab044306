package jp.shiori.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Version 1 of Shiori's REST API. Its OpenAPI document is served by the server at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Shiori library web service",
                        version = "1",
                        description = "Catalog, availability and patron self-service for apps and discovery layers."))
public class ShioriApi extends Application {}
