package jp.shiori.catalog.internal.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Reports on {@code /health} how many committed catalog changes the search index has not taken yet
 * ({@code changesBehind}); it stays near 0 and returns to 0 within a second or two of the last change.
 */
@Liveness
@ApplicationScoped
public class CatalogIndexHealthCheck implements HealthCheck {

    @EJB
    CatalogIndexer indexer;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("catalog-index");
        try {
            return response.up()
                    .withData("changesBehind", indexer.changesBehind())
                    .build();
        } catch (RuntimeException e) {
            return response.down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
