package be.clbchat.infrastructure.database;

import java.util.Objects;

/**
 * What readiness reports about the database.
 *
 * @param ready         the schema is migrated and a connection answers
 * @param schemaVersion the Flyway version the schema is at, or "-" when unknown
 * @param problem       why it is not ready, or empty
 * @param failedAttempts how many times in a row preparing the database (reaching it, migrating it) failed; it is
 *                       tried again every 10 s, and this is 0 once it succeeded
 */
public record DatabaseHealth(boolean ready, String schemaVersion, String problem, int failedAttempts) {

    public DatabaseHealth {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(problem, "problem");
    }

    static DatabaseHealth up(String schemaVersion) {
        return new DatabaseHealth(true, schemaVersion, "", 0);
    }

    static DatabaseHealth down(String schemaVersion, String problem, int failedAttempts) {
        return new DatabaseHealth(false, schemaVersion, problem, failedAttempts);
    }
}
