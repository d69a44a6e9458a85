package be.clbchat.web.api;

import be.clbchat.web.security.StaffAuthentication;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** A 401 or 403 with the API's JSON error body. */
class ApiRefusal extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    ApiRefusal(Response.Status status, String code, String message) {
        super(message, withChallenge(Response.status(status), status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(code, message)).build());
    }

    /** A 401 says how to authenticate: HTTP Basic, or the login session of the staff pages. */
    private static Response.ResponseBuilder withChallenge(Response.ResponseBuilder response, Response.Status status) {
        return status == Response.Status.UNAUTHORIZED
                ? response.header("WWW-Authenticate", "Basic realm=\"" + StaffAuthentication.REALM + "\", charset=\"UTF-8\"")
                : response;
    }

    /**
     * The caller's name when they hold one of {@code roles}: anonymous is a 401 ("Meld je eerst aan als
     * {@code asWho}."), logged in without such a role a 403 with {@code forbidden}.
     */
    static String callerInRole(SecurityContext security, String asWho, String forbidden, String... roles) {
        if (security.getUserPrincipal() == null) {
            throw new ApiRefusal(Response.Status.UNAUTHORIZED, "not-logged-in", "Meld je eerst aan als " + asWho + ".");
        }
        for (String role : roles) {
            if (security.isUserInRole(role)) {
                return security.getUserPrincipal().getName();
            }
        }
        throw new ApiRefusal(Response.Status.FORBIDDEN, "forbidden", forbidden);
    }
}
