package be.clbchat.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A 401 or 403 with the API's JSON error body. */
class ApiRefusal extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    ApiRefusal(Response.Status status, String code, String message) {
        super(message, Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(code, message)).build());
    }
}
