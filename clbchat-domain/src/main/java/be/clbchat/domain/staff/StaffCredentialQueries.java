package be.clbchat.domain.staff;

/**
 * The SQL that Jakarta Security's database identity store runs to check a login. Kept beside the entity it
 * reads so that the table, its mapping and the login stay in step; both web modules use these constants.
 */
public final class StaffCredentialQueries {

    /** JNDI name of the application's datasource. */
    public static final String DATASOURCE = "jdbc/clbchat";

    /** Only active accounts can log in. */
    public static final String CALLER_QUERY =
            "SELECT password_hash FROM staff_account WHERE username = ? AND active = TRUE";

    public static final String GROUPS_QUERY =
            "SELECT role FROM staff_account_role WHERE username = ?";

    /** PBKDF2 iterations of every password hash made now: OWASP's figure for PBKDF2-HMAC-SHA256 (2023). */
    public static final int ITERATIONS = 600_000;

    /**
     * How every password hash is made (Jakarta Security's {@code Pbkdf2PasswordHash}): for the identity stores and
     * for the accounts service. A hash keeps its own iterations, so older, weaker ones still verify and are made
     * stronger at the next login.
     */
    public static final String HASH_ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String HASH_ITERATIONS = "Pbkdf2PasswordHash.Iterations=" + ITERATIONS;
    public static final String HASH_SALT = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String HASH_KEY = "Pbkdf2PasswordHash.KeySizeBytes=32";

    /** The same, as {@code Pbkdf2PasswordHash.initialize} takes them. */
    public static java.util.Map<String, String> hashParameters() {
        java.util.Map<String, String> parameters = new java.util.HashMap<>();
        for (String parameter : new String[] {HASH_ALGORITHM, HASH_ITERATIONS, HASH_SALT, HASH_KEY}) {
            int equals = parameter.indexOf('=');
            parameters.put(parameter.substring(0, equals), parameter.substring(equals + 1));
        }
        return parameters;
    }

    /** The iterations a stored hash ({@code algorithm:iterations:salt:hash}) was made with; 0 when unreadable. */
    public static int iterationsOf(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        try {
            return parts.length == 4 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException unreadable) {
            return 0;
        }
    }

    private StaffCredentialQueries() {
    }
}
