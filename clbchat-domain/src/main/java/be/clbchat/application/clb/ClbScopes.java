package be.clbchat.application.clb;

import be.clbchat.domain.staff.StaffAccountRepository;
import be.clbchat.domain.staff.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Reads a caller's {@link ClbScope} from their stored account: the one way services learn what someone may see. */
@ApplicationScoped
public class ClbScopes {

    @Inject
    private StaffAccountRepository accounts;

    /** The scope of {@code username}; an unknown or inactive account sees nothing. */
    public ClbScope of(String username) {
        return Optional.ofNullable(username).flatMap(name -> {
                    try {
                        return accounts.find(new Username(name));
                    } catch (IllegalArgumentException notAUsername) {
                        return Optional.empty();
                    }
                })
                .map(ClbScope::of)
                .orElseGet(() -> new ClbScope(String.valueOf(username), false, Optional.empty()));
    }
}
