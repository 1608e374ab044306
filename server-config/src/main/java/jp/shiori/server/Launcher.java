package jp.shiori.server;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One entry point for running Shiori on this machine.
 *
 * <ul>
 * <li>{@code run}: the developer's server. Uses {@code LIBRARY_DB_URL} when set, otherwise an embedded
 * PostgreSQL whose data stays in {@code var/pgdata}; starts the Payara domain, deploys the EAR, prints the
 * URLs and waits; Ctrl-C stops Payara and the embedded database. Without {@code LIBRARY_SMTP_HOST} it starts a
 * local SMTP server ({@link LocalMailServer}) and sends the application's mail there.</li>
 * <li>{@code it-start}: before the container tests. Creates a fresh database (on {@code LIBRARY_DB_URL}'s
 * server, or in a throwaway embedded PostgreSQL) and starts the domain with it; the tests deploy the EAR
 * (Arquillian, once for the whole suite).</li>
 * <li>{@code it-stop}: after the container tests. Stops the domain, drops the test database, stops the
 * embedded PostgreSQL.</li>
 * </ul>
 *
 * Paths come from system properties: {@code shiori.payara.home}, {@code shiori.ear}, {@code shiori.work}
 * (state and logs) and, for {@code run}, {@code shiori.data} (the embedded database's data directory) and
 * {@code shiori.greenmail.jar} (GreenMail standalone).
 */
public final class Launcher {

    static final String DEFAULT_DATASOURCE = "org.postgresql.ds.PGSimpleDataSource";
    private static final int RUN_EMBEDDED_PORT = 54329;
    private static final Duration DB_START_TIMEOUT = Duration.ofSeconds(120);
    /** The mail settings the application reads; {@code run} passes on those the developer has set. */
    static final List<String> MAIL_VARIABLES = List.of(
            "LIBRARY_SMTP_HOST",
            "LIBRARY_SMTP_PORT",
            "LIBRARY_SMTP_USER",
            "LIBRARY_SMTP_PASSWORD",
            "LIBRARY_SMTP_STARTTLS",
            "LIBRARY_MAIL_FROM",
            "LIBRARY_MAIL_RETRY_SECONDS",
            "LIBRARY_MAIL_MAX_ATTEMPTS",
            "LIBRARY_MAIL_POLL_SECONDS");
    /**
     * The container tests run GreenMail in the test JVM on port 3025; quick retries and few tries keep the
     * tests of a server that is down to seconds.
     */
    static final Map<String, String> TEST_MAIL = Map.of(
            "LIBRARY_SMTP_HOST", "localhost",
            "LIBRARY_SMTP_PORT", "3025",
            "LIBRARY_MAIL_RETRY_SECONDS", "1",
            "LIBRARY_MAIL_MAX_ATTEMPTS", "3",
            "LIBRARY_MAIL_POLL_SECONDS", "1");

    /** The first administrator of the test database; tests make role-limited staff through it. */
    static final Map<String, String> TEST_ADMIN = Map.of(
            "LIBRARY_ADMIN_USERNAME", "it-admin",
            "LIBRARY_ADMIN_PASSWORD", "kushiro-test-kanri-2026");

    /** The demo administrator of the run command, printed in the README; never used when not demoing. */
    static final Map<String, String> DEMO_ADMIN = Map.of(
            "LIBRARY_ADMIN_USERNAME", "admin",
            "LIBRARY_ADMIN_PASSWORD", "shiori-demo-kanri");

    private final Path payaraHome = Path.of(required("shiori.payara.home"));
    private final Path work = Path.of(required("shiori.work"));
    private final Path stateFile = work.resolve("launcher.properties");

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: Launcher run | it-start | it-stop");
            System.exit(2);
        }
        Launcher launcher = new Launcher();
        switch (args[0]) {
            case "run" -> launcher.run();
            case "it-start" -> launcher.startForTests();
            case "it-stop" -> launcher.stopAfterTests();
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        Payara payara = new Payara(payaraHome, work);
        payara.stopQuietly();
        stopEmbeddedDatabaseFromEarlierRun();
        LocalMailServer mailServer = new LocalMailServer(Path.of(required("shiori.greenmail.jar")), work);
        mailServer.stopQuietly();

        DatabaseTarget db;
        String configured = System.getenv("LIBRARY_DB_URL");
        if (configured != null && !configured.isBlank()) {
            db = DatabaseTarget.fromEnvironment();
        } else {
            Path data = Path.of(required("shiori.data"));
            int port = startEmbeddedDatabase(data, RUN_EMBEDDED_PORT, true);
            DatabaseTarget server = DatabaseTarget.embedded(port, "postgres");
            createDatabaseIfMissing(server, "shiori");
            db = server.withDatabase("shiori");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Shiori ...");
            payara.stopQuietly();
            stopEmbeddedDatabaseFromEarlierRun();
            mailServer.stopQuietly();
        }));

        Map<String, String> environment = new LinkedHashMap<>(db.environment());
        environment.putAll(mailFromEnvironment());
        LocalMailServer.Ports mailPorts = null;
        if (!environment.containsKey("LIBRARY_SMTP_HOST")) {
            // A newcomer's demo delivers its mail to an SMTP server of its own instead of keeping it in the outbox.
            mailPorts = mailServer.start();
            environment.put("LIBRARY_SMTP_HOST", "127.0.0.1");
            environment.put("LIBRARY_SMTP_PORT", Integer.toString(mailPorts.smtp()));
            System.out.println("Local SMTP server (GreenMail) on 127.0.0.1:" + mailPorts.smtp() + " (log "
                    + work.resolve("greenmail.log") + ")");
        }
        String demo = System.getProperty("shiori.demo.data");
        if (demo != null && Files.isDirectory(Path.of(demo))) {
            // An empty catalog is filled with the demo titles (Aozora Bunko, NDL) after deployment.
            environment.put("LIBRARY_DEMO_DATA", Path.of(demo).toRealPath().toString());
            if (System.getenv("LIBRARY_ADMIN_USERNAME") == null) {
                environment.putAll(DEMO_ADMIN);
            }
        }
        for (String name : List.of("LIBRARY_ADMIN_USERNAME", "LIBRARY_ADMIN_PASSWORD", "LIBRARY_ADMIN_PASSWORD_FILE")) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) {
                environment.put(name, value);
            }
        }
        payara.installJdbcDriver();
        payara.start(environment);
        payara.useDatabaseForBatch(db.url(), db.user(), db.password(), db.dataSourceClass());
        payara.hideServerIdentity();
        payara.deploy(Path.of(required("shiori.ear")));
        waitForHttp("http://localhost:8080/health", Duration.ofSeconds(60));
        System.out.println();
        System.out.println("Shiori is running (database " + db.url() + "):");
        System.out.println("  OPAC          http://localhost:8080/");
        System.out.println("  staff         http://localhost:8080/staff/"
                + (environment.get("LIBRARY_ADMIN_USERNAME") == null
                        ? ""
                        : " (first administrator " + environment.get("LIBRARY_ADMIN_USERNAME") + ")"));
        System.out.println("  REST API      http://localhost:8080/api/v1/branches");
        System.out.println("  OpenAPI       http://localhost:8080/openapi");
        System.out.println("  health        http://localhost:8080/health");
        if (mailPorts != null) {
            System.out.println(
                    "  demo mail     http://localhost:8080/staff/mail.xhtml (メール送信状況: recipient, subject, body);"
                            + " GreenMail's API http://127.0.0.1:" + mailPorts.api() + "/");
        }
        System.out.println("  Payara admin  http://localhost:4848/");
        System.out.println("  server log    " + payara.serverLog());
        if (environment.containsKey("LIBRARY_DEMO_DATA")) {
            System.out.println("  demo catalog  " + environment.get("LIBRARY_DEMO_DATA")
                    + " (loaded in the background into an empty catalog; about a minute)");
        }
        System.out.println("Press Ctrl-C to stop Payara" + (configured == null ? ", the embedded database" : "")
                + (mailPorts == null ? "." : " and the local SMTP server."));
        Thread.currentThread().join();
    }

    private void startForTests() throws Exception {
        Files.createDirectories(work);
        Payara payara = new Payara(payaraHome, work);
        payara.stopQuietly();
        stopEmbeddedDatabaseFromEarlierRun();

        DatabaseTarget server;
        String configured = System.getenv("LIBRARY_DB_URL");
        if (configured != null && !configured.isBlank()) {
            server = DatabaseTarget.fromEnvironment();
        } else {
            int port = startEmbeddedDatabase(work.resolve("pgdata"), 0, false);
            server = DatabaseTarget.embedded(port, "postgres");
        }
        String name = "shiori_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
        try (Connection c = server.connect();
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        DatabaseTarget db = server.withDatabase(name);
        Properties state = new Properties();
        state.setProperty("db.server.url", server.url());
        state.setProperty("db.user", server.user());
        state.setProperty("db.password", server.password());
        state.setProperty("db.name", name);
        state.setProperty("db.url", db.url());
        try (var out = Files.newOutputStream(stateFile)) {
            state.store(out, "Shiori test run");
        }
        System.out.println("Test database " + db.url());

        Map<String, String> environment = new LinkedHashMap<>(db.environment());
        environment.putAll(TEST_MAIL);
        environment.putAll(TEST_ADMIN);
        payara.installJdbcDriver();
        payara.start(environment);
        payara.useDatabaseForBatch(db.url(), db.user(), db.password(), db.dataSourceClass());
        payara.hideServerIdentity();
        payara.undeployQuietly(); // left over by a run that was killed before it-stop
    }

    private void stopAfterTests() throws Exception {
        Payara payara = new Payara(payaraHome, work);
        payara.undeployQuietly();
        payara.stopQuietly();
        if (Files.exists(stateFile)) {
            Properties state = new Properties();
            try (var in = Files.newInputStream(stateFile)) {
                state.load(in);
            }
            DatabaseTarget server = new DatabaseTarget(
                    state.getProperty("db.server.url"),
                    state.getProperty("db.user"),
                    state.getProperty("db.password"),
                    DEFAULT_DATASOURCE);
            try (Connection c = server.connect();
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + state.getProperty("db.name") + " with (force)");
                System.out.println("Dropped test database " + state.getProperty("db.name"));
            } catch (SQLException e) {
                System.err.println("Could not drop the test database: " + e.getMessage());
            }
            Files.delete(stateFile);
        }
        stopEmbeddedDatabaseFromEarlierRun();
    }

    /** Starts {@link EmbeddedDatabase} as a process of its own and returns its port once it is ready. */
    private int startEmbeddedDatabase(Path dataDirectory, int port, boolean keepData)
            throws IOException, InterruptedException {
        Path ready = work.resolve("embedded-db.port");
        Files.deleteIfExists(ready);
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedDatabase.class.getName(),
                dataDirectory.toAbsolutePath().toString(),
                Integer.toString(port),
                ready.toString(),
                keepData ? "keep" : "clean"));
        Path log = work.resolve("embedded-db.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        Files.writeString(work.resolve("embedded-db.pid"), Long.toString(process.pid()));
        Instant deadline = Instant.now().plus(DB_START_TIMEOUT);
        while (!Files.exists(ready) || Files.readString(ready).isBlank()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Embedded PostgreSQL did not start; see " + log + ":\n" + Files.readString(log));
            }
            if (Instant.now().isAfter(deadline)) {
                process.destroy();
                throw new IllegalStateException("Embedded PostgreSQL did not start in time; see " + log);
            }
            Thread.sleep(200);
        }
        int actualPort = Integer.parseInt(Files.readString(ready).trim());
        System.out.println(
                "Embedded PostgreSQL on port " + actualPort + " (data " + dataDirectory + ", log " + log + ")");
        return actualPort;
    }

    private void stopEmbeddedDatabaseFromEarlierRun() {
        Path pidFile = work.resolve("embedded-db.pid");
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroy();
                p.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
            });
            Files.delete(pidFile);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop the embedded database: " + e);
        }
    }

    /** Mail stays in the outbox unless the developer's environment names an SMTP server. */
    private static Map<String, String> mailFromEnvironment() {
        Map<String, String> mail = new LinkedHashMap<>();
        for (String name : MAIL_VARIABLES) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) {
                mail.put(name, value);
            }
        }
        return mail;
    }

    private static void createDatabaseIfMissing(DatabaseTarget server, String name) throws SQLException {
        try (Connection c = server.connect();
                Statement s = c.createStatement();
                var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (!rs.next()) {
                s.execute("create database " + name);
            }
        }
    }

    static void waitForHttp(String url, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpURLConnection c =
                        (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.setConnectTimeout(2000);
                c.setReadTimeout(5000);
                if (c.getResponseCode() < 500) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " did not answer within " + timeout);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set");
        }
        return value;
    }

    /** Where the application's database is, and how to tell Payara (the EAR's pool reads these variables). */
    record DatabaseTarget(String url, String user, String password, String dataSourceClass) {

        static DatabaseTarget fromEnvironment() {
            return new DatabaseTarget(
                    System.getenv("LIBRARY_DB_URL"),
                    envOr("LIBRARY_DB_USER", "postgres"),
                    envOr("LIBRARY_DB_PASSWORD", "unused"),
                    envOr("LIBRARY_DB_DATASOURCE", DEFAULT_DATASOURCE));
        }

        static DatabaseTarget embedded(int port, String database) {
            // The embedded server trusts local connections; the pool still wants a password.
            return new DatabaseTarget(
                    "jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "unused", DEFAULT_DATASOURCE);
        }

        /** The same server, another database: replaces the path of the JDBC URL. */
        DatabaseTarget withDatabase(String database) {
            int hostStart = url.indexOf("//") + 2;
            int pathStart = url.indexOf('/', hostStart);
            int query = url.indexOf('?', hostStart);
            String prefix = pathStart < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, pathStart);
            String suffix = query < 0 ? "" : url.substring(query);
            return new DatabaseTarget(prefix + "/" + database + suffix, user, password, dataSourceClass);
        }

        Connection connect() throws SQLException {
            Properties p = new Properties();
            p.setProperty("user", user);
            p.setProperty("password", password);
            return DriverManager.getConnection(url, p);
        }

        Map<String, String> environment() {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("LIBRARY_DB_URL", url);
            env.put("LIBRARY_DB_USER", user);
            env.put("LIBRARY_DB_PASSWORD", password);
            env.put("LIBRARY_DB_DATASOURCE", dataSourceClass);
            return env;
        }

        private static String envOr(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
