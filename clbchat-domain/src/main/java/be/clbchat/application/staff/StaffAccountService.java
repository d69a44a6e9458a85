package be.clbchat.application.staff;

import be.clbchat.domain.staff.PasswordRules;
import be.clbchat.domain.staff.StaffAccount;
import be.clbchat.domain.staff.StaffRole;
import be.clbchat.domain.staff.Username;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Staff logins: creating them with a hashed password, the accounts a coordinator or a CLB's admin manages, and
 * everyone's own password. A CLB's admin manages the accounts of their own CLB only (roles clb-staff and clb-admin);
 * an account they may not manage is "not found".
 */
public interface StaffAccountService {

    /** The same minimum a person is told on the password form ({@link PasswordRules}). */
    int MINIMUM_PASSWORD_LENGTH = PasswordRules.MINIMUM_LENGTH;

    /** A new account, or a reset one, with the one-time password to pass on (shown once, stored only as a hash). */
    record OneTimePassword(StaffAccount account, String password) {
    }

    /**
     * Creates an account unless one with that username exists (the demo mode and the first admin). An operator is
     * put in the CLBch@t line's team.
     *
     * @return whether an account was created
     */
    boolean createIfAbsent(Username username, String displayName, String password, Set<StaffRole> roles);

    /** The same, for an account of a CLB; an existing account without a CLB is put in {@code clb}. */
    boolean createIfAbsent(Username username, String displayName, String password, Set<StaffRole> roles,
                           String clb);

    /**
     * A demo account, in the embedded demo mode only: with the password README gives, which need not follow
     * {@link PasswordRules} (every other account does).
     */
    boolean createDemoIfAbsent(Username username, String displayName, String password, Set<StaffRole> roles,
                               String clb);

    /**
     * After a successful login: when the account's hash was made with fewer PBKDF2 iterations than hashes are made
     * now, the same password is hashed again, strongly. Whether it was.
     */
    boolean strengthenHash(String username, String password);

    /** Deactivates these demo accounts where they exist and are active (demo mode off); how many were. */
    int deactivateDemo(List<Username> usernames);

    /** Number of active accounts per role, every role present (zero when none). */
    Map<StaffRole, Long> activeAccountsPerRole();

    /** The accounts the caller manages: every account for coordinators and admins, their CLB's for a CLB admin. */
    List<StaffAccount> accounts(String caller);

    /**
     * A new account with a one-time password, to be changed at the first login. A CLB admin makes accounts of their
     * own CLB with the roles clb-staff or clb-admin; only an admin makes admins. An operator joins CLBch@t's team.
     */
    OneTimePassword create(String caller, String username, String displayName, Optional<String> clb,
                           Set<StaffRole> roles);

    /** A new one-time password for someone else's account. */
    OneTimePassword resetPassword(String caller, String username);

    /** Deactivates (the person cannot log in and their sockets close) or reactivates an account. */
    StaffAccount setActive(String caller, String username, boolean active);

    /**
     * Puts someone in CLBch@t's own line's team, or takes them out (coordinators and admins): only its team sees
     * CLBch@t's queue. Taking someone out does not end the chats they hold.
     */
    void setInClbchatTeam(String caller, String username, boolean inTeam);

    /** The usernames in CLBch@t's own line's team. */
    java.util.Set<String> clbchatTeam();

    /** Changes one's own password; the current one must be given. */
    void changeOwnPassword(String username, String current, String next);

    /** Whether the person must choose a new password before going on. */
    boolean mustChangePassword(String username);

    Optional<StaffAccount> account(String username);
}
