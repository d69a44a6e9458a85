package be.clbchat.domain.staff;

import java.util.Map;
import java.util.Optional;

public interface StaffAccountRepository {

    Optional<StaffAccount> find(Username username);

    void add(StaffAccount account);

    /** Active accounts per role; an account with two roles counts for both. */
    Map<StaffRole, Long> countActiveByRole();
}
