package be.clbchat.application.staff;

import be.clbchat.domain.staff.StaffAccount;
import be.clbchat.domain.staff.StaffAccountRepository;
import be.clbchat.domain.staff.StaffRole;
import be.clbchat.domain.staff.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

@ApplicationScoped
@Transactional
public class DefaultStaffAccountService implements StaffAccountService {

    /** The same minimum a person is told on the password form. */
    static final int MINIMUM_PASSWORD_LENGTH = 10;

    @Inject
    private StaffAccountRepository repository;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private Clock clock;

    @Override
    public boolean createIfAbsent(Username username, String displayName, String password, Set<StaffRole> roles) {
        Objects.requireNonNull(password, "password");
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "A password has at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        if (repository.find(username).isPresent()) {
            return false;
        }
        repository.add(new StaffAccount(username, displayName, passwordHash.generate(password.toCharArray()),
                roles, clock.instant()));
        return true;
    }

    @Override
    public Map<StaffRole, Long> activeAccountsPerRole() {
        Map<StaffRole, Long> counts = new EnumMap<>(StaffRole.class);
        for (StaffRole role : StaffRole.values()) {
            counts.put(role, 0L);
        }
        counts.putAll(repository.countActiveByRole());
        return Collections.unmodifiableMap(counts);
    }
}
