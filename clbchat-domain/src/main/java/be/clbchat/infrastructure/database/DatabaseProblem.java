package be.clbchat.infrastructure.database;

import java.sql.SQLException;
import java.util.regex.Pattern;

/** Turns a failure to reach the database into one readable sentence: the innermost cause says what is wrong. */
final class DatabaseProblem {

    private static final Pattern CONNECTION_ID = Pattern.compile("\\(conn=\\d+\\)\\s*");

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
        // The driver numbers each connection: leave the number out so that the same cause reads the same.
        return CONNECTION_ID.matcher(message).replaceAll("").replaceAll("\\s+", " ").strip();
    }
}
