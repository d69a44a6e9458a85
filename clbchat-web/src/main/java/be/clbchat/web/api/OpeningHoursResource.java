package be.clbchat.web.api;

import be.clbchat.application.chat.ChatService;
import be.clbchat.application.line.LineService;
import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.opening.OpeningException;
import be.clbchat.domain.opening.OpeningInterval;
import be.clbchat.domain.opening.OpeningStatus;
import be.clbchat.domain.staff.StaffRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** When a line is open; and, for coordinators, its ad-hoc openings and closures. */
@Path("/lines/{line}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OpeningHoursResource {

    public record IntervalView(String start, String end, String reason) {
    }

    public record OpeningHoursView(String line, String timezone, List<IntervalView> intervals) {
    }

    /**
     * Open or not, and the queue as someone starting now would find it: how many wait, the estimated wait
     * (null when there is no honest estimate) and how many operators are available.
     */
    @JsonbNillable
    public record StatusView(String line, boolean open, String closesAt, String nextOpening, String closedFor,
                             int queueLength, Long estimatedWaitSeconds, int operatorsOnline) {
    }

    public record ExceptionView(long id, String start, String end, String kind, String reason) {
    }

    public record ExceptionsView(String line, List<ExceptionView> exceptions) {
    }

    /** The body of a new exception, as the client sends it. */
    public record NewException(String start, String end, String kind, String reason) {
    }

    @Inject
    private OpeningHoursService openingHours;

    @Inject
    private ChatService chats;

    @Inject
    private LineService lines;

    @PathParam("line")
    private String line;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "One line: its name, who may chat on it, and for a box the address of its page")
    public LinesResource.LineView line() {
        return LinesResource.LineView.of(lines.publicLine(line));
    }

    @GET
    @Path("/opening-hours")
    @Operation(summary = "Every opening from 'from' up to and including 'to' (dates, at most 400 days)")
    public OpeningHoursView openingHours(@QueryParam("from") String from, @QueryParam("to") String to) {
        ZoneId zone = openingHours.zone(line);
        List<OpeningInterval> intervals = openingHours.intervals(line, IsoTimes.date(from, "from"),
                IsoTimes.date(to, "to"));
        return new OpeningHoursView(line, zone.getId(), intervals.stream()
                .map(i -> new IntervalView(IsoTimes.format(i.start()), IsoTimes.format(i.end()), i.reason()))
                .toList());
    }

    @GET
    @Path("/status")
    @Operation(summary = "Open now (or at 'at'), until when, and the next opening")
    public StatusView status(@QueryParam("at") String at) {
        OpeningStatus status = openingHours.status(line, IsoTimes.instant(at, "at"));
        ChatService.LineQueue queue = chats.lineQueue(line);
        return new StatusView(line, status.open(), status.closesAt().map(IsoTimes::format).orElse(null),
                status.nextOpening().map(IsoTimes::format).orElse(null), status.closedFor().orElse(null),
                queue.queueLength(), queue.estimatedWaitSeconds().isPresent()
                        ? queue.estimatedWaitSeconds().getAsLong() : null, queue.operatorsOnline());
    }

    @GET
    @Path("/exceptions")
    @Operation(summary = "The ad-hoc openings and closures of a line (coordinators)")
    public Response exceptions() {
        requireCoordinator();
        ZoneId zone = openingHours.zone(line);
        return Response.ok(new ExceptionsView(line, openingHours.exceptions(line).stream()
                .map(e -> view(e, zone)).toList())).build();
    }

    @POST
    @Path("/exceptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an extra opening or closure (coordinators)")
    public Response addException(NewException body) {
        requireCoordinator();
        if (body == null) {
            throw Refusal.invalid("invalid-exception", "Stuur een uitzondering als JSON.");
        }
        OpeningException.Kind kind = kind(body.kind());
        OpeningException added = openingHours.addException(line, IsoTimes.instant(body.start(), "start"),
                IsoTimes.instant(body.end(), "end"), kind, body.reason(), security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build())
                .entity(view(added, openingHours.zone(line))).build();
    }

    @DELETE
    @Path("/exceptions/{id}")
    @Operation(summary = "Remove an extra opening or closure (coordinators)")
    public Response removeException(@PathParam("id") long id) {
        requireCoordinator();
        openingHours.removeException(line, id);
        return Response.noContent().build();
    }

    private static OpeningException.Kind kind(String kind) {
        if ("open".equals(kind)) {
            return OpeningException.Kind.OPEN;
        }
        if ("closed".equals(kind)) {
            return OpeningException.Kind.CLOSED;
        }
        throw Refusal.invalid("invalid-kind", "'kind' is \"open\" of \"closed\".");
    }

    private static ExceptionView view(OpeningException exception, ZoneId zone) {
        return new ExceptionView(exception.id(), IsoTimes.format(exception.start().atZone(zone)),
                IsoTimes.format(exception.end().atZone(zone)), exception.kind().name().toLowerCase(Locale.ROOT),
                exception.reason());
    }

    /** Anonymous: 401. Logged in without the coordinator or admin role: 403. */
    private void requireCoordinator() {
        StaffCaller.inRole(security, "coördinator", "Alleen coördinatoren mogen uitzonderingen beheren.",
                StaffRoles.COORDINATOR, StaffRoles.ADMIN);
    }
}
