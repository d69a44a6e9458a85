package be.clbchat.web.api;

import be.clbchat.application.schedule.ShiftService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An operator's own shifts as an iCalendar feed for their agenda app. The address is the secret (agenda apps cannot
 * log in); the operator can replace or revoke it, and the feed shows no names — only when and which line.
 */
@Path("/calendar/{token}.ics")
@RequestScoped
public class CalendarResource {

    @Inject
    private ShiftService shifts;

    @Inject
    private Clock clock;

    @GET
    @Operation(summary = "An operator's shifts as text/calendar (private address; 404 when unknown or revoked)")
    public Response feed(@PathParam("token") String token) {
        ShiftService.CalendarFeed feed = shifts.calendar(token);
        return Response.ok(ICalendar.of(feed.username(), feed.shifts(), clock.instant()), "text/calendar; charset=utf-8")
                .header("Cache-Control", "private, no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
