package be.clbchat.application.staff;

import be.clbchat.domain.staff.StaffRole;
import be.clbchat.domain.staff.Username;
import java.util.Map;
import java.util.Set;

/** Staff logins: creating them with a hashed password, and the overview the admin dashboard shows. */
public interface StaffAccountService {

    /**
     * Creates an account unless one with that username exists.
     *
     * @return whether an account was created
     */
    boolean createIfAbsent(Username username, String displayName, String password, Set<StaffRole> roles);

    /** Number of active accounts per role, every role present (zero when none). */
    Map<StaffRole, Long> activeAccountsPerRole();
}
