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

    private StaffCredentialQueries() {
    }
}
