package be.clbchat.web.api;

import be.clbchat.domain.schedule.ShiftRefusal;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused schedule change: 404 when the block is gone, 409 when the schedule is in the way, 400 otherwise. */
@Provider
public class ShiftRefusalMapper implements ExceptionMapper<ShiftRefusal> {

    @Override
    public Response toResponse(ShiftRefusal refusal) {
        int status = switch (refusal.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 400;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(refusal.code(), refusal.getMessage())).build();
    }
}
