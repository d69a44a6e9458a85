package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server on an external MariaDB (DB_URL, DB_USER, DB_PASSWORD): a wrong password keeps readiness DOWN with
 * one clear log line, the server recovers by itself once the database accepts it, and no demo account is ever
 * written there. The external database is a second MariaDB with real authentication, run from the same
 * binaries the embedded database installed.
 */
class ExternalDatabaseIT {

    private static final int PORT = 13399;
    private static final String URL = "jdbc:mariadb://127.0.0.1:" + PORT + "/clbchat";
    private static final String USER = "clbchat_it";
    private static final String SERVER_PASSWORD = "the-server-knows-this";

    private static Process mariadb;
    private static Path folder;

    @BeforeAll
    static void startExternalMariaDb() throws Exception {
        Path binaries = Path.of(System.getProperty("clbchat.itDataDir", "target/it-data"), "mariadb-base")
                .toAbsolutePath();
        folder = Path.of("target/external-db").toAbsolutePath();
        deleteRecursively(folder);
        Files.createDirectories(folder);
        List<String> asRoot = "root".equals(System.getProperty("user.name")) ? List.of("--user=root") : List.of();

        run(command(binaries.resolve("scripts/mariadb-install-db"), asRoot, "--no-defaults", "--force",
                "--skip-name-resolve", "--auth-root-authentication-method=normal",
                "--basedir=" + binaries, "--datadir=" + folder.resolve("data")));
        mariadb = new ProcessBuilder(command(binaries.resolve("bin/mariadbd"), asRoot, "--no-defaults",
                "--skip-name-resolve", "--basedir=" + binaries, "--datadir=" + folder.resolve("data"),
                "--port=" + PORT, "--bind-address=127.0.0.1", "--socket=" + folder.resolve("mariadb.sock")))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("mariadbd.log").toFile())
                .start();
        awaitDatabase();
        // A user whose password is not the one the server will be given.
        asRoot("CREATE DATABASE clbchat CHARACTER SET utf8mb4",
                "CREATE USER '" + USER + "'@'%' IDENTIFIED BY 'only-the-dba-knows'",
                "GRANT ALL ON clbchat.* TO '" + USER + "'@'%'");
    }

    @AfterAll
    static void backToTheEmbeddedDatabase() throws Exception {
        try {
            ItServer.stop();
            ItServer.start(Map.of());
        } finally {
            if (mariadb != null) {
                mariadb.destroy();
                mariadb.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aWrongPasswordIsReportedOnceAndTheServerRecoversWhenTheDatabaseAcceptsIt() throws Exception {
        ItServer.stop();
        ItServer.startNotWaiting(Map.of("DB_URL", URL, "DB_USER", USER, "DB_PASSWORD", SERVER_PASSWORD));

        HttpResponse<String> down = awaitReadiness(503, Duration.ofSeconds(90));
        assertThat(down.body()).contains("\"status\":\"DOWN\"").contains("De database is niet bereikbaar")
                .as("the database's own words go to the log only").doesNotContain("Access denied").doesNotContain(USER);

        Thread.sleep(25_000); // two more attempts, 10 s apart
        List<String> log = Files.readAllLines(ItServer.serverDir().resolve("logs/messages.log"));
        assertThat(log.stream().filter(line -> line.contains("CLBCHAT-DB:")))
                .singleElement().asString()
                .contains("datasource jdbc/clbchat (" + URL + ") is not usable: Access denied");
        assertThat(log.stream().filter(line -> line.startsWith("\tat "))).as("stack trace lines").isEmpty();

        asRoot("ALTER USER '" + USER + "'@'%' IDENTIFIED BY '" + SERVER_PASSWORD + "'");

        HttpResponse<String> up = awaitReadiness(200, Duration.ofSeconds(40));
        assertThat(up.body()).contains("\"status\":\"UP\"").contains("\"schemaVersion\":\"" + ItServer.newestMigration() + "\"");
        assertThat(Staff.anonymous().get("/api/lines").body()).contains("\"code\":\"clbchat\"");
        assertThat(count("SELECT COUNT(*) FROM clbchat.staff_account WHERE username LIKE 'demo-%'"))
                .as("demo accounts on an external database").isZero();
    }

    private static HttpResponse<String> awaitReadiness(int status, Duration atMost) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = Staff.anonymous().get("/health/ready");
                if (last.statusCode() == status) {
                    return last;
                }
            } catch (IllegalStateException notListeningYet) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("/health/ready did not answer " + status + " within " + atMost + "; last: "
                + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
    }

    private static List<String> command(Path executable, List<String> asRoot, String... arguments) {
        List<String> command = new java.util.ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        command.addAll(asRoot);
        return command;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("install.log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("mariadb-install-db, see " + folder.resolve("install.log")).isZero();
    }

    private static void awaitDatabase() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try (Connection ignored = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + PORT + "/", "root", "")) {
                return;
            } catch (SQLException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("The external MariaDB did not start; see " + folder.resolve("mariadbd.log"));
    }

    private static void asRoot(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + PORT + "/", "root", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + PORT + "/", "root", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
