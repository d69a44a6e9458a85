package be.clbchat.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.DateTimeException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure answers JSON: client errors keep their status, a body that is no JSON of the expected shape is a 400,
 * anything unexpected is logged and a 500.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            if (web.getResponse().hasEntity()) {
                return web.getResponse();
            }
            Response.StatusType status = web.getResponse().getStatusInfo();
            return json(status.getStatusCode(), status.getReasonPhrase().toLowerCase().replace(' ', '-'),
                    status.getReasonPhrase());
        }
        if (failure instanceof DateTimeException) {
            return json(400, "invalid-date", "Die datum of dat tijdstip kan niet.");
        }
        if (failure instanceof JsonbException || failure instanceof JsonException) {
            return json(400, "invalid-json", "De inhoud is geen geldige JSON in de verwachte vorm.");
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the REST API", failure);
        return json(500, "internal-error", "Er ging iets mis bij ons. Probeer het later opnieuw.");
    }

    private static Response json(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(code, message)).build();
    }
}
