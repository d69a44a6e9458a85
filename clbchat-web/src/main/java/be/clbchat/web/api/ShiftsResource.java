package be.clbchat.web.api;

import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.application.schedule.ShiftService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.schedule.Coverage;
import be.clbchat.domain.schedule.ShiftBlock;
import be.clbchat.domain.staff.StaffRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The operator's side of the schedule: blocks to sign up for, their own shifts, and their calendar address. */
@Path("/shifts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ShiftsResource {

    /** The only line with a schedule for now. */
    static final int DEFAULT_DAYS = 42;

    /** A block as the operator sees it; {@code why}: when there is neither sign-up nor withdraw, the reason in words. */
    public record BlockView(long id, String start, String end, int filled, int min, int max, boolean needsMedical,
                            boolean medicalOk, String state, boolean mine, boolean canSignUp, boolean canWithdraw,
                            String why) {
    }

    public record ShiftsView(String line, String zone, int cutoffHours, boolean calendar, List<BlockView> blocks) {
    }

    public record CalendarLink(String url) {
    }

    @Inject
    private ShiftService shifts;

    @Inject
    private Clock clock;

    @Inject
    private OpeningHoursService openingHours;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Blocks from 'from' (default today) for 'days' days (default 42), as the operator sees them")
    public ShiftsView blocks(@QueryParam("from") String from, @QueryParam("days") String days) {
        String me = requireOperator();
        ZoneId zone = openingHours.zone(Line.MAIN);
        LocalDate start = from == null ? LocalDate.now(clock.withZone(zone)) : IsoTimes.date(from, "from");
        Duration cutoff = shifts.cutoff(Line.MAIN);
        List<BlockView> blocks = shifts.blocks(Line.MAIN, start, days(days)).stream()
                .map(block -> view(block, me, cutoff, zone)).toList();
        return new ShiftsView(Line.MAIN, zone.getId(), (int) cutoff.toHours(), shifts.hasCalendar(me), blocks);
    }

    @POST
    @Path("/{id}/sign-up")
    @Operation(summary = "Sign up for a block (until the cut-off; 409 when full, overlapping or too late)")
    public BlockView signUp(@PathParam("id") long id) {
        String me = requireOperator();
        return view(shifts.signUp(me, id), me);
    }

    @DELETE
    @Path("/{id}/sign-up")
    @Operation(summary = "Withdraw from a block (until the cut-off)")
    public BlockView withdraw(@PathParam("id") long id) {
        String me = requireOperator();
        return view(shifts.withdraw(me, id), me);
    }

    @POST
    @Path("/calendar")
    @Operation(summary = "A new private calendar address for one's own shifts; the previous one stops working")
    public CalendarLink newCalendar() {
        String me = requireOperator();
        String token = shifts.newCalendarToken(me);
        return new CalendarLink(uri.getBaseUriBuilder().path("calendar").path(token + ".ics").build().toString());
    }

    @DELETE
    @Path("/calendar")
    @Operation(summary = "Revoke one's calendar address")
    public Response revokeCalendar() {
        shifts.revokeCalendar(requireOperator());
        return Response.noContent().build();
    }

    /** A number of days, or the default; a word instead of a number is a 400 rather than JAX-RS's 404. */
    private static int days(String days) {
        if (days == null || days.isBlank()) {
            return DEFAULT_DAYS;
        }
        try {
            return Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("invalid-range", "'days' is een aantal dagen, bv. 42.");
        }
    }

    private BlockView view(ShiftBlock block, String me) {
        return view(block, me, shifts.cutoff(block.line()), openingHours.zone(block.line()));
    }

    private BlockView view(ShiftBlock block, String me, Duration cutoff, ZoneId zone) {
        Coverage coverage = block.coverage();
        Instant now = clock.instant();
        boolean mine = block.assignmentOf(me).isPresent();
        Optional<Refusal> refused = block.selfServiceRefusal(me, now, cutoff);
        return new BlockView(block.id(), IsoTimes.format(block.startsAt().atZone(zone)),
                IsoTimes.format(block.endsAt().atZone(zone)), coverage.filled(), coverage.need().min(),
                coverage.need().max(), coverage.need().needsMedical(), coverage.medicalOk(),
                coverage.state().name().toLowerCase(Locale.ROOT), mine, !mine && refused.isEmpty(),
                mine && refused.isEmpty(), refused.map(Refusal::getMessage).orElse(null));
    }

    private String requireOperator() {
        return StaffCaller.inRole(security, "operator", "Alleen operatoren hebben shifts.", StaffRoles.OPERATOR);
    }
}
