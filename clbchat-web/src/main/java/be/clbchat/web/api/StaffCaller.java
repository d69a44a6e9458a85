package be.clbchat.web.api;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.staff.StaffRoles;
import jakarta.ws.rs.core.SecurityContext;

/** Who calls a staff resource: the one role check of the API. */
final class StaffCaller {

    private StaffCaller() {
    }

    /**
     * The caller's name when they hold one of {@code roles}: anonymous is a 401 ("Meld je eerst aan als
     * {@code asWho}."), logged in without such a role a 403 with {@code forbidden}.
     */
    /** Every role a member of staff can have: for what any of them may use (themes, canned texts, registrations). */
    private static final String[] ANY_STAFF = {StaffRoles.OPERATOR, StaffRoles.CLB_STAFF, StaffRoles.CLB_ADMIN,
        StaffRoles.COORDINATOR, StaffRoles.ADMIN};

    /** The caller's name when they are staff of any role; anonymous is a 401, otherwise a 403 with {@code forbidden}. */
    static String anyStaff(SecurityContext security, String forbidden) {
        return inRole(security, "medewerker", forbidden, ANY_STAFF);
    }

    static String inRole(SecurityContext security, String asWho, String forbidden, String... roles) {
        if (security.getUserPrincipal() == null) {
            throw Refusal.notLoggedIn("Meld je eerst aan als " + asWho + ".");
        }
        for (String role : roles) {
            if (security.isUserInRole(role)) {
                return security.getUserPrincipal().getName();
            }
        }
        throw Refusal.forbidden("forbidden", forbidden);
    }
}
