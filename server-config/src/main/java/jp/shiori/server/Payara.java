package jp.shiori.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Payara Server unpacked by the build, driven through its asadmin command-line client. */
final class Payara {

    static final String DOMAIN = "domain1";
    static final String APPLICATION = "shiori";

    private final Path home;
    private final Path work;

    Payara(Path home, Path work) {
        this.home = home.toAbsolutePath();
        this.work = work;
    }

    /** Starts the domain; the server process inherits {@code environment}, which the EAR's pool reads. */
    void start(Map<String, String> environment) throws IOException, InterruptedException {
        asadmin(environment, true, "start-domain", DOMAIN);
    }

    /**
     * Puts the JDBC driver into the domain's lib/ so that a domain-level pool can load it (done before the domain
     * starts: the domain reads lib/ at start-up).
     */
    void installJdbcDriver() throws IOException {
        Path jar;
        try {
            jar = Path.of(org.postgresql.Driver.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException("Cannot locate the PostgreSQL driver", e);
        }
        Path lib = home.resolve("glassfish/domains/" + DOMAIN + "/lib");
        Files.createDirectories(lib);
        Files.copy(jar, lib.resolve("postgresql-jdbc.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Points the batch runtime's job repository at the application's database (a domain pool of its own,
     * {@code jdbc/shiori-batch}), so job history survives a restart and is shared by instances. Replaces the pool
     * of an earlier run, whose database may have been another.
     */
    void useDatabaseForBatch(String url, String user, String password, String dataSourceClass)
            throws IOException, InterruptedException {
        asadmin(Map.of(), false, "delete-jdbc-resource", "jdbc/shiori-batch");
        asadmin(Map.of(), false, "delete-jdbc-connection-pool", "shiori-batch-pool");
        asadmin(
                Map.of(),
                true,
                "create-jdbc-connection-pool",
                // Non-transactional: the batch runtime's checkpoints commit on their own connection, so a chunk whose
                // writer works in the application's (non-XA) pool needs no second resource in its transaction.
                "--nontransactionalconnections=true",
                "--restype",
                "javax.sql.DataSource",
                "--datasourceclassname",
                dataSourceClass,
                "--property",
                "URL=" + escape(url) + ":user=" + escape(user) + ":password=" + escape(password),
                "shiori-batch-pool");
        asadmin(Map.of(), true, "create-jdbc-resource", "--connectionpoolid", "shiori-batch-pool", "jdbc/shiori-batch");
        asadmin(Map.of(), true, "set-batch-runtime-configuration", "--datasourcelookupname", "jdbc/shiori-batch");
    }

    /**
     * No server name or version in any response: no {@code Server} header and no {@code X-Powered-By} on either HTTP
     * listener (production.sh sets the same).
     */
    void hideServerIdentity() throws IOException, InterruptedException {
        String protocols = "configs.config.server-config.network-config.protocols.protocol.";
        for (String listener : new String[] {"http-listener-1", "http-listener-2"}) {
            asadmin(Map.of(), true, "set", protocols + listener + ".http.xpowered-by=false");
            asadmin(Map.of(), true, "set", protocols + listener + ".http.server-header=false");
        }
    }

    /** asadmin's property lists separate with ':' and '='. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }

    void deploy(Path ear) throws IOException, InterruptedException {
        asadmin(
                Map.of(),
                true,
                "deploy",
                "--force=true",
                "--name",
                APPLICATION,
                ear.toAbsolutePath().toString());
    }

    void undeployQuietly() {
        try {
            asadmin(Map.of(), false, "undeploy", APPLICATION);
        } catch (IOException | InterruptedException e) {
            System.err.println("undeploy: " + e.getMessage());
        }
    }

    void stopQuietly() {
        try {
            asadmin(Map.of(), false, "stop-domain", DOMAIN);
        } catch (IOException | InterruptedException e) {
            System.err.println("stop-domain: " + e.getMessage());
        }
    }

    Path serverLog() {
        return home.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log");
    }

    private void asadmin(Map<String, String> environment, boolean mustSucceed, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(home.resolve("glassfish/lib/client/appserver-cli.jar").toString());
        command.add("--interactive=false");
        command.addAll(List.of(args));
        // Output goes to a file, never to our own stdout: the server that start-domain spawns would
        // otherwise hold the caller's pipe open for as long as it runs.
        Path log = work.resolve("asadmin.log");
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(environment);
        int exit = pb.start().waitFor();
        String output = Files.readString(log).strip();
        if (!output.isEmpty()) {
            System.out.println("asadmin " + args[0] + ": " + output.replace("\n", "\n  "));
        }
        if (mustSucceed && exit != 0) {
            throw new IllegalStateException(
                    "asadmin " + String.join(" ", args) + " failed with exit code " + exit + "; see " + serverLog());
        }
    }
}
