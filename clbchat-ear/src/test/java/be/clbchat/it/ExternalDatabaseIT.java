package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
    private static final Map<String, String> SERVER_ENVIRONMENT = Map.of("DB_URL",
            URL + "?socketTimeout=30000&connectTimeout=5000", "DB_USER", USER,
            "DB_PASSWORD", SERVER_PASSWORD);

    private static Process mariadb;
    private static Path folder;
    private static Path binaries;
    private static List<String> asRootUser;
    /** The demo operator's password hash on the embedded test database: an operator of the external one logs in with it. */
    private static String operatorHash;
    /** Whether the server now runs on the external database with the password it accepts. */
    private static boolean serverOnExternal;

    @BeforeAll
    static void startExternalMariaDb() throws Exception {
        operatorHash = ChatFixtures.text("SELECT password_hash FROM staff_account WHERE username = 'demo-operator'");
        binaries = Path.of(System.getProperty("clbchat.itDataDir", "target/it-data"), "mariadb-base")
                .toAbsolutePath();
        folder = Path.of("target/external-db").toAbsolutePath();
        deleteRecursively(folder);
        Files.createDirectories(folder);
        List<String> asRoot = "root".equals(System.getProperty("user.name")) ? List.of("--user=root") : List.of();
        asRootUser = asRoot;

        run(command(binaries.resolve("scripts/mariadb-install-db"), asRoot, "--no-defaults", "--force",
                "--skip-name-resolve", "--auth-root-authentication-method=normal",
                "--basedir=" + binaries, "--datadir=" + folder.resolve("data")));
        startDatabase();
        // A user whose password is not the one the server will be given.
        asRoot("CREATE DATABASE clbchat CHARACTER SET utf8mb4",
                "CREATE USER '" + USER + "'@'%' IDENTIFIED BY 'only-the-dba-knows'",
                "GRANT ALL ON clbchat.* TO '" + USER + "'@'%'");
    }

    private static void startDatabase() throws IOException, InterruptedException {
        mariadb = new ProcessBuilder(command(binaries.resolve("bin/mariadbd"), asRootUser, "--no-defaults",
                "--skip-name-resolve", "--basedir=" + binaries, "--datadir=" + folder.resolve("data"),
                "--port=" + PORT, "--bind-address=127.0.0.1", "--socket=" + folder.resolve("mariadb.sock")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("mariadbd.log").toFile()))
                .start();
        awaitDatabase();
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
        asRoot("ALTER USER '" + USER + "'@'%' IDENTIFIED BY 'only-the-dba-knows'");
        serverOnExternal = false;
        ItServer.stop();
        ItServer.startNotWaiting(SERVER_ENVIRONMENT);

        HttpResponse<String> down = awaitReadiness(503, Duration.ofSeconds(90));
        assertThat(down.body()).contains("\"status\":\"DOWN\"").contains("De database is niet bereikbaar")
                .as("the database's own words go to the log only").doesNotContain("Access denied").doesNotContain(USER);

        // Two more attempts (10 s apart), as readiness counts them, that do not write the problem again.
        int attempts = failedAttempts(down);
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        HttpResponse<String> later = down;
        while (failedAttempts(later) < attempts + 2) {
            assertThat(System.nanoTime()).as("two more attempts: " + later.body()).isLessThan(deadline);
            Thread.sleep(500);
            later = Staff.anonymous().get("/health/ready");
        }
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
        serverOnExternal = true;
    }

    /**
     * The database is killed (kill -9) in the middle of a chat and is back 30 seconds later. Whatever is sent meanwhile is refused with an error
     * frame that says to try again — never acknowledged — and readiness says DOWN; once the database is back the
     * clients send the refused messages again with the same ids: every message acknowledged before, during (none) and
     * after the outage is stored exactly once, seq without gaps.
     */
    @Test
    void aThirtySecondOutageMidChatRefusesWhatIsSentMeanwhileAndLosesNothingAcknowledged() throws Exception {
        if (!serverOnExternal) {
            asRoot("ALTER USER '" + USER + "'@'%' IDENTIFIED BY '" + SERVER_PASSWORD + "'");
            ItServer.stop();
            ItServer.start(SERVER_ENVIRONMENT);
            serverOnExternal = true;
        }
        String operator = "it-ext-operator";
        asRoot("INSERT IGNORE INTO clbchat.staff_account (username, display_name, password_hash, active, created_at)"
                        + " VALUES ('" + operator + "', 'IT operator', '" + operatorHash + "', TRUE, NOW())",
                "INSERT IGNORE INTO clbchat.staff_account_role (username, role) VALUES ('" + operator + "', 'operator'),"
                        + " ('" + operator + "', 'coordinator')",
                "INSERT IGNORE INTO clbchat.line_team_member (line_code, username, added_by, added_at)"
                        + " VALUES ('clbchat', '" + operator + "', 'it', UTC_TIMESTAMP(3))");
        Instant from = Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        HttpResponse<String> opened = Staff.withBasic(operator, "demo-operator").postJson(
                "/api/lines/clbchat/exceptions", "{\"start\":\"" + from + "\",\"end\":\"" + from.plusSeconds(7200)
                        + "\",\"kind\":\"open\",\"reason\":\"Integratietest storing\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);

        Staff staff = Staff.loggedIn("/operator/", operator, "demo-operator");
        try (ChatSocket console = ChatSocket.operator(staff); ChatSocket visitor = ChatSocket.visitor()) {
            console.next("welcome");
            console.send("{\"type\":\"alias\",\"alias\":\"Storing\"}");
            console.next("alias");
            console.send("{\"type\":\"availability\",\"available\":true}");
            console.next("availability");
            String chatId = ChatIT.start(visitor, "Onweer").getString("chatId");
            console.send("{\"type\":\"accept\"}");
            console.next("accepted");
            visitor.next("accepted");
            // The visitor's messages, and its own back, reach the console meanwhile: this test counts what is stored.
            console.ignoring("message");

            Map<String, Integer> acked = new java.util.LinkedHashMap<>();
            for (int i = 1; i <= 3; i++) {
                String id = ChatSocket.newId();
                acked.put(id, sendAndAck(visitor, null, id, "voor de storing " + i).getInt("seq"));
            }
            String answer = ChatSocket.newId();
            acked.put(answer, sendAndAck(console, chatId, answer, "Ik lees je").getInt("seq"));
            assertThat(visitor.next("message").getString("text")).isEqualTo("Ik lees je");

            mariadb.destroyForcibly(); // kill -9: no shutdown, InnoDB recovers what was committed when it starts
            assertThat(mariadb.waitFor(30, TimeUnit.SECONDS)).as("the database was killed").isTrue();
            Instant outage = Instant.now();

            Map<String, String> refusedVisitor = new java.util.LinkedHashMap<>();
            for (int round = 0; round < 3; round++) {
                String id = ChatSocket.newId();
                String text = "tijdens de storing " + round;
                visitor.send("{\"type\":\"send\",\"clientMsgId\":\"%s\",\"text\":\"%s\"}", id, text);
                JsonObject refused = visitor.next("error");
                assertThat(refused.getString("code")).as(refused.toString()).isEqualTo("try-again");
                assertThat(refused.getString("clientMsgId")).isEqualTo(id);
                assertThat(refused.getString("message")).contains("nog niet bewaard");
                refusedVisitor.put(id, text);
                if (round == 1) {
                    assertThat(Staff.anonymous().get("/health/ready").statusCode()).as("readiness during the outage")
                            .isEqualTo(503);
                }
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), outage.plusSeconds(10L * (round + 1)))
                        .toMillis()));
            }
            String operatorRefused = ChatSocket.newId();
            console.send("{\"type\":\"send\",\"chatId\":\"%s\",\"clientMsgId\":\"%s\",\"text\":\"%s\"}",
                    chatId, operatorRefused, "Ben je er nog?");
            assertThat(console.next("error").getString("code")).isEqualTo("try-again");
            assertThat(Duration.between(outage, Instant.now())).as("the outage lasted").isGreaterThan(
                    Duration.ofSeconds(29));

            startDatabase();
            awaitReadiness(200, Duration.ofSeconds(60));

            // The clients send again what was refused, with the same ids, until it is stored.
            for (Map.Entry<String, String> message : refusedVisitor.entrySet()) {
                acked.put(message.getKey(), retryUntilAcked(visitor, null, message.getKey(), message.getValue())
                        .getInt("seq"));
            }
            acked.put(operatorRefused, retryUntilAcked(console, chatId, operatorRefused, "Ben je er nog?")
                    .getInt("seq"));
            assertThat(visitor.next("message").getString("text")).as("stored once, shown once")
                    .isEqualTo("Ben je er nog?");
            // A message acknowledged before the outage, sent again (its ack was lost, say): the same seq, not stored twice.
            String first = acked.keySet().iterator().next();
            assertThat(sendAndAck(visitor, null, first, "voor de storing 1").getInt("seq"))
                    .isEqualTo(acked.get(first));

            assertThat(count("SELECT COUNT(*) FROM clbchat.chat_message WHERE chat_id = '" + chatId + "'"))
                    .as("every message once").isEqualTo(8);
            assertThat(count("SELECT COUNT(DISTINCT client_msg_id) FROM clbchat.chat_message WHERE chat_id = '"
                    + chatId + "'")).isEqualTo(8);
            assertThat(count("SELECT MAX(seq) FROM clbchat.chat_message WHERE chat_id = '" + chatId + "'"))
                    .as("seq without gaps").isEqualTo(8);
            assertThat(new java.util.HashSet<>(acked.values())).hasSize(8);
        }
    }

    private static JsonObject sendAndAck(ChatSocket socket, String chatId, String id, String text) {
        send(socket, chatId, id, text);
        JsonObject ack = socket.next("ack");
        assertThat(ack.getString("clientMsgId")).isEqualTo(id);
        return ack;
    }

    private static void send(ChatSocket socket, String chatId, String id, String text) {
        if (chatId == null) {
            socket.send("{\"type\":\"send\",\"clientMsgId\":\"%s\",\"text\":\"%s\"}", id, text);
        } else {
            socket.send("{\"type\":\"send\",\"chatId\":\"%s\",\"clientMsgId\":\"%s\",\"text\":\"%s\"}",
                    chatId, id, text);
        }
    }

    /** As the pages do: a `try-again` answer means it goes again a moment later, with the same id. */
    private static JsonObject retryUntilAcked(ChatSocket socket, String chatId, String id, String text)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            send(socket, chatId, id, text);
            JsonObject answer = socket.nextOf("ack", "error");
            if (answer.getString("type").equals("ack")) {
                assertThat(answer.getString("clientMsgId")).isEqualTo(id);
                return answer;
            }
            assertThat(answer.getString("code")).as(answer.toString()).isEqualTo("try-again");
            assertThat(Instant.now()).as("still refused 30 s after the database came back").isBefore(deadline);
            Thread.sleep(1000);
        }
    }

    /** How many preparations of the database failed in a row, as readiness says it. */
    private static int failedAttempts(HttpResponse<String> readiness) {
        return ChatFixtures.json(readiness.body()).getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow()
                .getJsonObject("data").getInt("failedAttempts");
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
