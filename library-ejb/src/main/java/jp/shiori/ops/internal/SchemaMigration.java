package jp.shiori.ops.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this build expects before anything else touches the database.
 * Migrations live per vendor ({@code db/migration/postgresql}, {@code db/migration/oracle}); the
 * library's reference data (its branches and stations) is a seed set chosen by configuration
 * ({@code LIBRARY_SEED}, default {@code kushiro}), so another city brings its own.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/shiori")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        String vendor = vendor();
        List<String> locations = new ArrayList<>();
        locations.add("classpath:db/migration/" + vendor);
        String seed = seedName();
        if (!seed.isEmpty()) {
            locations.add("classpath:db/seed/" + seed);
        }
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .placeholders(Map.of("legacyZone", legacyZone()))
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied, vendor " + vendor + ", seed " + (seed.isEmpty() ? "none" : seed) + ")");
    }

    private String vendor() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("oracle")) {
                return "oracle";
            }
            throw new IllegalStateException("Unsupported database: " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate the schema", e);
        }
    }

    /**
     * The zone in which the catalog and the outbox wrote their instants before V10 (the JVM's default zone then,
     * so the one of the JVM that runs the migration), unless {@code LIBRARY_LEGACY_ZONE} says otherwise.
     */
    static String legacyZone() {
        String zone = System.getenv("LIBRARY_LEGACY_ZONE");
        return zone == null || zone.isBlank()
                ? ZoneId.systemDefault().getId()
                : ZoneId.of(zone.strip()).getId();
    }

    private static String seedName() {
        String seed = System.getenv("LIBRARY_SEED");
        if (seed == null) {
            seed = System.getProperty("shiori.seed", "kushiro");
        }
        if (!seed.matches("[a-z0-9_-]*")) {
            throw new IllegalStateException("LIBRARY_SEED must be a folder name under db/seed: " + seed);
        }
        return seed;
    }
}
