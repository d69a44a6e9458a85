package be.clbchat.application.clb;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.staff.StaffAccount;
import be.clbchat.domain.staff.StaffRole;
import java.util.Optional;

/**
 * Which CLBs' data one member of staff may see: the coordination team and admins every CLB, a CLB's admin only their
 * own, anyone else none. Made from the stored account on every call ({@link ClbScopes}), never from what a page or
 * a request says; every service read of CLB data asks it, so a foreign CLB is "not found", never "forbidden".
 */
public record ClbScope(String username, boolean everyClb, Optional<String> ownClb) {

    public static ClbScope of(StaffAccount account) {
        boolean every = account.isActive()
                && (account.hasRole(StaffRole.COORDINATOR) || account.hasRole(StaffRole.ADMIN));
        Optional<String> own = account.isActive() && account.hasRole(StaffRole.CLB_ADMIN)
                ? account.clbCode() : Optional.empty();
        return new ClbScope(account.username().value(), every, own);
    }

    /** Whether this person may see (and manage) the CLB {@code clb}. */
    public boolean sees(String clb) {
        return everyClb || ownClb.filter(own -> own.equals(clb)).isPresent();
    }

    /** Whether this person may see any CLB at all. */
    public boolean seesAny() {
        return everyClb || ownClb.isPresent();
    }

    /** The refusal for a CLB this person may not see: the same as for one that does not exist. */
    public static Refusal unknownClb() {
        return Refusal.notFound("unknown-clb", "Dat CLB bestaat niet (of is niet het jouwe).");
    }

    /** Refuses unless this person belongs to the coordination team or is an admin. */
    public void requireEveryClb(String what) {
        if (!everyClb) {
            throw Refusal.forbidden("forbidden", "Alleen de coördinatoren en beheerders " + what + ".");
        }
    }
}
