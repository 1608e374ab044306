package jp.shiori.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps an embedded PostgreSQL (zonky) running in a process of its own until that process is stopped,
 * so that the database outlives the command that started it. Writes its port to a ready file once the
 * server accepts connections; stopping the process (SIGTERM, Ctrl-C) shuts PostgreSQL down cleanly.
 *
 * <p>Arguments: data directory, port (0 = any free port), ready file, "keep" or "clean".
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dataDirectory = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Path readyFile = Path.of(args[2]);
        boolean keepData = "keep".equals(args[3]);
        Files.createDirectories(dataDirectory);
        Files.deleteIfExists(readyFile);

        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!keepData)
                .setServerConfig("max_connections", "100");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        Files.writeString(readyFile, Integer.toString(postgres.getPort()));
        System.out.println("Embedded PostgreSQL on port " + postgres.getPort() + ", data in " + dataDirectory);
        new CountDownLatch(1).await(); // until the process is stopped; zonky's shutdown hook stops PostgreSQL
    }
}
