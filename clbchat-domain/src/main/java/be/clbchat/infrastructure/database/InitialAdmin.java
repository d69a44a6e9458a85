package be.clbchat.infrastructure.database;

import be.clbchat.application.staff.StaffAccountService;
import be.clbchat.domain.staff.StaffRole;
import be.clbchat.domain.staff.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The first admin account of a fresh external database, which has no demo accounts: created at start from
 * {@code CLBCHAT_INITIAL_ADMIN} and {@code CLBCHAT_INITIAL_ADMIN_PASSWORD} when both are set and that account does
 * not exist yet. Remove the variables once the account exists; the password is never logged.
 */
@ApplicationScoped
public class InitialAdmin {

    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());
    static final String USERNAME = "CLBCHAT_INITIAL_ADMIN";
    static final String PASSWORD = "CLBCHAT_INITIAL_ADMIN_PASSWORD";

    @Inject
    private Config config;

    @Inject
    private StaffAccountService accounts;

    void createIfConfigured() {
        Optional<String> username = config.getOptionalValue(USERNAME, String.class);
        Optional<String> password = config.getOptionalValue(PASSWORD, String.class);
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        try {
            Username name = Username.typed(username.get());
            if (accounts.createIfAbsent(name, "Beheerder", password.get(), Set.of(StaffRole.ADMIN))) {
                LOG.info(() -> "Created the initial admin account '" + name + "' from " + USERNAME
                        + "; remove " + PASSWORD + " from the configuration now.");
            }
        } catch (IllegalArgumentException refused) {
            LOG.severe(() -> "The initial admin account was not created: " + refused.getMessage() + ".");
        }
    }
}
