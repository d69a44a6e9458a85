package be.clbchat.infrastructure.database;

import java.sql.SQLException;

/** Turns a failure to reach the database into one readable sentence: the innermost cause says what is wrong. */
final class DatabaseProblem {

    private DatabaseProblem() {
    }

    static String describe(Throwable failure) {
        Throwable cause = failure;
        SQLException sqlCause = null;
        while (cause != null) {
            if (cause instanceof SQLException sql) {
                sqlCause = sql;
            }
            if (cause.getCause() == null || cause.getCause() == cause) {
                break;
            }
            cause = cause.getCause();
        }
        Throwable telling = sqlCause != null ? sqlCause : cause;
        String message = telling.getMessage();
        if (message == null || message.isBlank()) {
            message = telling.getClass().getSimpleName();
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
