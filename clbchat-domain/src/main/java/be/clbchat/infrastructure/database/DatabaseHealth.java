package be.clbchat.infrastructure.database;

import java.util.Objects;

/**
 * What readiness reports about the database.
 *
 * @param ready         the schema is migrated and a connection answers
 * @param schemaVersion the Flyway version the schema is at, or "-" when unknown
 * @param problem       why it is not ready, or empty
 */
public record DatabaseHealth(boolean ready, String schemaVersion, String problem) {

    public DatabaseHealth {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(problem, "problem");
    }

    static DatabaseHealth up(String schemaVersion) {
        return new DatabaseHealth(true, schemaVersion, "");
    }

    static DatabaseHealth down(String schemaVersion, String problem) {
        return new DatabaseHealth(false, schemaVersion, problem);
    }
}
