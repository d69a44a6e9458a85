package be.clbchat.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The Liberty server the build started for the integration tests (see clbchat-ear/pom.xml). */
final class ItServer {

    private ItServer() {
    }

    static String baseUrl() {
        return System.getProperty("clbchat.baseUrl", "http://127.0.0.1:19080");
    }

    static URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    static Path serverDir() {
        return Path.of(System.getProperty("clbchat.serverDir", "target/liberty/wlp/usr/servers/clbchat-it"));
    }

    /** The version of the newest Flyway migration in the sources: the schema version a started server must report. */
    static String newestMigration() {
        Path migrations = Path.of(System.getProperty("clbchat.migrations",
                "../clbchat-domain/src/main/resources/db/migration"));
        try (var files = java.nio.file.Files.list(migrations)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max(Integer::compare)
                    .map(String::valueOf)
                    .orElseThrow(() -> new AssertionError("No migrations in " + migrations.toAbsolutePath()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + migrations.toAbsolutePath(), e);
        }
    }

    /** Stops the integration-test server (and with it its embedded MariaDB). */
    static void stop() throws IOException, InterruptedException {
        runServerCommand("stop", Map.of());
    }

    /** Kills the server's JVM as {@code kill -9} would: no shutdown hooks, its embedded MariaDB left running. */
    static void kill() throws IOException, InterruptedException {
        Path pidFile = serverDir().getParent().resolve(".pid").resolve(serverDir().getFileName() + ".pid");
        long pid = Long.parseLong(java.nio.file.Files.readString(pidFile).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("server not running: " + pid));
        server.destroyForcibly();
        server.onExit().join();
    }

    /** Starts it again, with extra environment variables, and waits until it is ready. */
    static void start(Map<String, String> environment) throws IOException, InterruptedException {
        runServerCommand("start", environment);
        awaitReady(Duration.ofSeconds(120));
    }

    /** Starts it without waiting for readiness: for a start that is meant to stay not ready. */
    static void startNotWaiting(Map<String, String> environment) throws IOException, InterruptedException {
        runServerCommand("start", environment);
    }

    private static void runServerCommand(String action, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path server = serverDir().toAbsolutePath();
        Path wlp = server.getParent().getParent().getParent();
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), action,
                server.getFileName().toString()).inheritIO();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("server " + action + " did not finish within 120 s");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("server " + action + " exited with " + process.exitValue());
        }
    }

    /** Waits until /health/ready answers 200, and returns how long that took. */
    static Duration awaitReady(Duration atMost) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Instant start = Instant.now();
        Instant deadline = start.plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return Duration.between(start, Instant.now());
                }
            } catch (IOException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The server was not ready within " + atMost);
    }
}
