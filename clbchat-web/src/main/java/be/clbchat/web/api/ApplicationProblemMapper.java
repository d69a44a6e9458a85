package be.clbchat.web.api;

import be.clbchat.application.ApplicationProblem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused request: 404 when what was asked for does not exist, 400 for anything else, always with a JSON body. */
@Provider
public class ApplicationProblemMapper implements ExceptionMapper<ApplicationProblem> {

    @Override
    public Response toResponse(ApplicationProblem problem) {
        int status = problem.kind() == ApplicationProblem.Kind.NOT_FOUND ? 404 : 400;
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(problem.code(), problem.getMessage())).build();
    }
}
