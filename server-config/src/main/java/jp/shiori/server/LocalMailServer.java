package jp.shiori.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The run command's embedded SMTP server: GreenMail standalone in a process of its own, on free ports of
 * 127.0.0.1, so that a newcomer's demo delivers its mail (read on the staff page メール送信状況, or in
 * GreenMail's own web API). Started only when the developer names no {@code LIBRARY_SMTP_HOST}.
 * GreenMail's API server would take port 8080 by default, which is Payara's: it gets a free port too.
 */
final class LocalMailServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path jar;
    private final Path work;

    LocalMailServer(Path jar, Path work) {
        this.jar = jar;
        this.work = work;
    }

    /** The ports of a started server. */
    record Ports(int smtp, int api) {}

    /** Starts GreenMail and returns once it accepts SMTP connections. */
    Ports start() throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "GreenMail standalone is missing at " + jar + " (the run profile copies it)");
        }
        int smtp = freePort();
        int api = freePort();
        List<String> command = List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dgreenmail.smtp.hostname=127.0.0.1",
                "-Dgreenmail.smtp.port=" + smtp,
                "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + api,
                "-Dgreenmail.auth.disabled",
                "-jar",
                jar.toAbsolutePath().toString());
        Path log = work.resolve("greenmail.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        Files.writeString(pidFile(), Long.toString(process.pid()));
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!accepts(smtp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("GreenMail did not start; see " + log + ":\n" + Files.readString(log));
            }
            if (Instant.now().isAfter(deadline)) {
                process.destroy();
                throw new IllegalStateException("GreenMail did not start in time; see " + log);
            }
            Thread.sleep(200);
        }
        return new Ports(smtp, api);
    }

    /** Stops the GreenMail of this or an earlier run of the command, if one is still running. */
    void stopQuietly() {
        Path pidFile = pidFile();
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid)
                    .filter(p -> p.info().commandLine().orElse("").contains("greenmail"))
                    .ifPresent(p -> {
                        p.destroy();
                        p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                    });
            Files.delete(pidFile);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop GreenMail: " + e);
        }
    }

    private Path pidFile() {
        return work.resolve("greenmail.pid");
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
