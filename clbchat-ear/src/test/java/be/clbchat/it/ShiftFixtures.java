package be.clbchat.it;

import static be.clbchat.it.ChatFixtures.sql;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Schedules straight in the test database: a clean slate, operators with a profile, blocks. */
final class ShiftFixtures {

    static final String PASSWORD = "demo-operator";

    private ShiftFixtures() {
    }

    /** No blocks, no templates, no proposals; every operator inactive until a test describes them; cut-off 48 h. */
    static void noSchedule() {
        sql("DELETE FROM roster_proposal");
        sql("DELETE FROM shift_slot");
        sql("DELETE FROM shift_template");
        sql("UPDATE operator SET active = FALSE, wished_shifts = 0, calendar_token_hash = NULL");
        sql("UPDATE shift_policy SET cutoff_hours = 48");
    }

    /** An operator login (password {@value #PASSWORD}) with a profile. */
    static Staff operator(String username, String discipline, int wish) {
        sql("INSERT IGNORE INTO staff_account (username, display_name, password_hash, active, created_at)"
                + " SELECT ?, 'IT operator', password_hash, TRUE, NOW() FROM staff_account WHERE username = 'demo-operator'",
                username);
        sql("INSERT IGNORE INTO staff_account_role (username, role) VALUES (?, 'operator')", username);
        sql("INSERT IGNORE INTO line_team_member (line_code, username, added_by, added_at)"
                + " VALUES ('clbchat', ?, 'it', UTC_TIMESTAMP(3))", username);
        sql("INSERT IGNORE INTO operator (username) VALUES (?)", username);
        sql("UPDATE operator SET real_name = ?, discipline = ?, home_clb = 'IT-CLB', clb_network = 'GO', active = TRUE,"
                + " wished_shifts = ? WHERE username = ?", "IT " + username, discipline, wish, username);
        return Staff.withBasic(username, PASSWORD);
    }

    /** A block starting {@code fromNow} from now, {@code hours} long; returns its id. */
    static long block(Duration fromNow, int hours, int min, int max, boolean medical) {
        return block(Instant.now().plus(fromNow).truncatedTo(ChronoUnit.MINUTES), hours, min, max, medical);
    }

    /** A block at 18:00 (Brussels) on {@code day}, as a calendar shows it in the evening. */
    static long eveningBlock(java.time.LocalDate day, int hours, int min, int max, boolean medical) {
        return blockAt(day, 18, hours, min, max, medical);
    }

    static long blockAt(java.time.LocalDate day, int hour, int hours, int min, int max, boolean medical) {
        return block(day.atTime(hour, 0).atZone(java.time.ZoneId.of("Europe/Brussels")).toInstant(), hours, min, max,
                medical);
    }

    private static long block(Instant start, int hours, int min, int max, boolean medical) {
        sql("INSERT INTO shift_slot (line_code, starts_at, ends_at, min_operators, max_operators, needs_medical, origin,"
                + " created_by, created_at) VALUES ('clbchat', ?, ?, ?, ?, ?, 'MANUAL', 'it', NOW(3))",
                java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plus(Duration.ofHours(hours))), min, max,
                medical);
        return ChatFixtures.count("SELECT MAX(id) FROM shift_slot");
    }
}
