package be.clbchat.domain.staff;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface StaffAccountRepository {

    Optional<StaffAccount> find(Username username);

    void add(StaffAccount account);

    /** The account, its row locked until the transaction ends. */
    Optional<StaffAccount> lock(Username username);

    /** Every account, by name. */
    List<StaffAccount> all();

    /** The accounts of one CLB, active or not, by name. */
    List<StaffAccount> ofClb(String clb);

    /** Active accounts per role; an account with two roles counts for both. */
    Map<StaffRole, Long> countActiveByRole();
}
