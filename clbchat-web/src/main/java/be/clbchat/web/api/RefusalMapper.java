package be.clbchat.web.api;

import be.clbchat.domain.Refusal;
import be.clbchat.web.security.StaffAuthentication;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every refusal of the application, as the API answers it: its status and a JSON body. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        return response(refusal);
    }

    /** The answer for a refusal, also for a filter that stops a request before a resource sees it. */
    static Response response(Refusal refusal) {
        int status = switch (refusal.kind()) {
            case INVALID -> 400;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case NOT_LOGGED_IN -> 401;
        };
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(refusal.code(), refusal.getMessage(),
                        refusal.fields().isEmpty() ? null : refusal.fields()));
        if (refusal.kind() == Refusal.Kind.NOT_LOGGED_IN) {
            // How to authenticate: HTTP Basic, or the login session of the staff pages.
            response.header("WWW-Authenticate", "Basic realm=\"" + StaffAuthentication.REALM + "\", charset=\"UTF-8\"");
        }
        return response.build();
    }
}
