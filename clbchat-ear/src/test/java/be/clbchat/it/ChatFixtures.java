package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the chat tests need around them: the line open right now (whatever the hour the build runs), operators with
 * an alias, and a look into the database the way an auditor would.
 */
final class ChatFixtures {

    static final String DB_URL = System.getProperty("clbchat.dbUrl", "jdbc:mariadb://127.0.0.1:13307/clbchat");
    /** The embedded test database's data folder, where the server keeps the password it made for it. */
    static final Path DATA_DIR = Path.of(System.getProperty("clbchat.itDataDir", "target/it-data")).toAbsolutePath();
    static final Duration GRACE = Duration.ofSeconds(Long.getLong("clbchat.chatGraceSeconds", 10));

    private ChatFixtures() {
    }

    /**
     * Every test starts from a quiet evening: no chat open or waiting (an earlier test's would be served first) and no
     * operator available.
     */
    static void quietEvening() {
        sql("UPDATE chat SET state = 'ENDED', ended_at = NOW(3), ended_by = 'SYSTEM', end_reason = 'SUDDENLY_ABORTED'"
                + " WHERE state <> 'ENDED'");
        sql("UPDATE operator SET available = FALSE");
        sql("UPDATE chat_handover SET state = 'LAPSED', closed_at = NOW(3) WHERE state IN ('ASKING', 'WAITING')");
        registerEndedChats();
    }

    /**
     * Every part of every ended chat registered (its last part, and each part that ended with a hand-over), or its
     * operator would have to register it before taking the next.
     */
    static void registerEndedChats() {
        String lastPart = "1 + (SELECT COUNT(*) FROM chat_handover h WHERE h.chat_id = c.id AND h.state = 'TAKEN')";
        sql("INSERT INTO chat_registration (chat_id, part, line_code, operator_username, client_type, registered_at,"
                + " changed_by, changed_at) SELECT c.id, " + lastPart + ", c.line_code, c.operator_username,"
                + " c.visitor_role, NOW(3), 'it', NOW(3) FROM chat c WHERE c.state = 'ENDED' AND c.accepted_at IS NOT NULL"
                + " AND c.operator_username IS NOT NULL AND NOT EXISTS (SELECT 1 FROM chat_registration r"
                + " WHERE r.chat_id = c.id AND r.part = " + lastPart + ")");
        String partOf = "(SELECT COUNT(*) FROM chat_handover h2 WHERE h2.chat_id = h.chat_id AND h2.state = 'TAKEN'"
                + " AND h2.closed_at <= h.closed_at)";
        sql("INSERT INTO chat_registration (chat_id, part, line_code, operator_username, client_type, registered_at,"
                + " changed_by, changed_at) SELECT h.chat_id, " + partOf + ", h.from_line, h.from_operator,"
                + " c.visitor_role, NOW(3), 'it', NOW(3) FROM chat_handover h JOIN chat c ON c.id = h.chat_id"
                + " WHERE h.state = 'TAKEN' AND NOT EXISTS (SELECT 1 FROM chat_registration r WHERE r.chat_id = h.chat_id"
                + " AND r.part = " + partOf + ")");
    }

    static Staff coordinator() {
        return Staff.withBasic("demo-coordinator", "demo-coordinator");
    }

    /**
     * An extra opening (or closure) of the line from a minute ago for two hours; returns its id once the planned
     * blocks have followed it (their follow-up runs in the background and would change blocks a next test writes).
     */
    static long exception(String kind) {
        Instant from = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        long before = BlockFollowUps.started();
        HttpResponse<String> response = coordinator().postJson("/api/lines/clbchat/exceptions",
                "{\"start\":\"" + from + "\",\"end\":\"" + from.plus(2, ChronoUnit.HOURS)
                        + "\",\"kind\":\"" + kind + "\",\"reason\":\"Integratietest\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        BlockFollowUps.awaitDone(before + 1);
        return json(response.body()).getJsonNumber("id").longValue();
    }

    static void removeException(long id) {
        long before = BlockFollowUps.started();
        assertThat(coordinator().delete("/api/lines/clbchat/exceptions/" + id).statusCode()).isEqualTo(204);
        BlockFollowUps.awaitDone(before + 1);
    }

    /** A further operator login on the test database, with the demo operator's password hash (so its password). */
    static Staff operator(String username, String alias) {
        sql("INSERT IGNORE INTO staff_account (username, display_name, password_hash, active, created_at)"
                + " SELECT ?, 'IT operator', password_hash, TRUE, NOW() FROM staff_account WHERE username = 'demo-operator'",
                username);
        sql("INSERT IGNORE INTO staff_account_role (username, role) VALUES (?, 'operator')", username);
        sql("INSERT IGNORE INTO line_team_member (line_code, username, added_by, added_at)"
                + " VALUES ('clbchat', ?, 'it', UTC_TIMESTAMP(3))", username);
        Staff staff = Staff.loggedIn("/operator/", username, "demo-operator");
        try (ChatSocket console = ChatSocket.operator(staff)) {
            console.next("welcome");
            console.send("{\"type\":\"alias\",\"alias\":\"%s\"}", alias);
            assertThat(console.next("alias").getString("alias")).isEqualTo(alias);
        }
        return staff;
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /**
     * A connection to the test database with the account the server made for it (its password read each time: a test
     * may have the server make a new one).
     */
    static Connection database() throws SQLException {
        String password;
        try {
            password = Files.readString(DATA_DIR.resolve("mariadb-password")).strip();
        } catch (IOException e) {
            throw new SQLException("no password of the embedded database in " + DATA_DIR, e);
        }
        return DriverManager.getConnection(DB_URL, "clbchat", password);
    }

    static void sql(String statement, Object... parameters) {
        try (Connection connection = database();
             PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    static long count(String query, Object... parameters) {
        try (Connection connection = database();
             PreparedStatement prepared = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            try (var result = prepared.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    static String text(String query, Object... parameters) {
        try (Connection connection = database();
             PreparedStatement prepared = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            try (var result = prepared.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
