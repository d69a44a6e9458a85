package be.clbchat.application.clb;

import be.clbchat.domain.clb.Clb;
import be.clbchat.domain.clb.ClbRepository;
import be.clbchat.domain.staff.StaffAccountRepository;
import be.clbchat.domain.staff.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Reads a caller's {@link ClbScope} from their stored account, and the CLBs it lets them see: the one way services
 * learn what someone may see.
 */
@ApplicationScoped
public class ClbScopes {

    @Inject
    private StaffAccountRepository accounts;

    @Inject
    private ClbRepository clbs;

    /** The scope of {@code username}; an unknown or inactive account sees nothing. */
    public ClbScope of(String username) {
        return Username.ifValid(username).flatMap(accounts::find).map(ClbScope::of)
                .orElseGet(() -> new ClbScope(String.valueOf(username), false, Optional.empty()));
    }

    /** The CLBs {@code scope} sees: every CLB, their own, or none. */
    public List<Clb> visibleClbs(ClbScope scope) {
        return scope.everyClb() ? clbs.all() : scope.ownClb().flatMap(clbs::find).stream().toList();
    }

    /** The CLB {@code code} when {@code caller} may see it; else "not found", as one that does not exist. */
    public Clb visibleClb(String caller, String code) {
        if (code == null || !of(caller).sees(code)) {
            throw ClbScope.unknownClb();
        }
        return clbs.find(code).orElseThrow(ClbScope::unknownClb);
    }
}
