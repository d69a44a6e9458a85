package be.clbchat.infrastructure.database;

import be.clbchat.application.StaffAccountService;
import be.clbchat.domain.staff.StaffRole;
import be.clbchat.domain.staff.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo accounts, one per role, written only on the embedded database in demo mode (never on an external one).
 * Their passwords are listed in README.md; they are for trying CLBch@t on your own machine only.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** username, display name, password, role. All marked as demo. */
    record DemoAccount(String username, String displayName, String password, StaffRole role) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("demo-operator", "Demo operator", "demo-operator", StaffRole.OPERATOR),
            new DemoAccount("demo-coordinator", "Demo coördinator", "demo-coordinator", StaffRole.COORDINATOR),
            new DemoAccount("demo-clb-admin", "Demo CLB-beheerder", "demo-clb-admin", StaffRole.CLB_ADMIN),
            new DemoAccount("demo-admin", "Demo beheerder", "demo-admin", StaffRole.ADMIN));

    @Inject
    private StaffAccountService accounts;

    void seed() {
        int created = 0;
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.createIfAbsent(new Username(demo.username()), demo.displayName(), demo.password(),
                    Set.of(demo.role()))) {
                created++;
            }
        }
        int count = created;
        if (count > 0) {
            LOG.info(() -> "Demo mode: created " + count + " demo accounts (see README.md).");
        }
    }
}
