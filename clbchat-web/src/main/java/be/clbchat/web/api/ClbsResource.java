package be.clbchat.web.api;

import be.clbchat.application.box.BoxService;
import be.clbchat.application.box.DefaultBoxService;
import be.clbchat.application.clb.ClbService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.box.Box;
import be.clbchat.domain.box.BoxPurpose;
import be.clbchat.domain.box.BoxState;
import be.clbchat.domain.box.BoxWindow;
import be.clbchat.domain.chat.Coded;
import be.clbchat.domain.chat.VisitorRole;
import be.clbchat.domain.clb.Clb;
import be.clbchat.domain.staff.StaffRoles;
import be.clbchat.infrastructure.qr.QrImages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The CLBs and their chat-met-je-CLB boxes, for CLB admins (their own CLB) and the coordination team (every CLB).
 * Scoped in the services: a CLB or box the caller may not see answers 404, exactly as one that does not exist.
 */
@Path("/clbs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClbsResource {

    public record ClbView(String code, String name, String network, String networkName, String municipality,
                          String contact, boolean active, boolean demo) {
        static ClbView of(Clb clb) {
            return new ClbView(clb.code(), clb.name(), clb.network().code(), clb.network().label(),
                    clb.municipality(), clb.contact(), clb.active(), clb.demo());
        }
    }

    public record WindowView(String start, String end) {
    }

    /** A box as JSON; on POST and PUT the read-only fields (code, line, publicUrl) are ignored. */
    public record BoxView(String code, String line, String title, String purpose, List<String> audience,
                          String intro, String slug, List<WindowView> windows, List<String> team, String state,
                          String publicUrl) {
    }

    @Inject
    private ClbService clbs;

    @Inject
    private BoxService boxes;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The CLBs the caller may see: a CLB admin their own, coordinators and admins every CLB")
    public List<ClbView> all() {
        return clbs.clbs(caller()).stream().map(ClbView::of).toList();
    }

    /** One row of an import's report. */
    public record ImportRowView(long line, String name, String outcome, String problem) {
    }

    public record ImportView(boolean imported, List<ImportRowView> rows) {
    }

    /** The body of a refused import: the error as elsewhere, and the report row by row. */
    public record RefusedImportView(String error, String message, List<ImportRowView> rows) {
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import CLBs from CSV (coordinators, admins); a wrong row is a 400 and nothing is saved")
    public Response importCsv(String csv) {
        ClbService.ImportReport report = clbs.importCsv(caller(), new java.io.StringReader(csv == null ? "" : csv));
        List<ImportRowView> rows = report.rows().stream().map(row -> new ImportRowView(row.line(), row.name(),
                row.outcome().name().toLowerCase(java.util.Locale.ROOT), row.problem())).toList();
        if (!report.imported()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(new RefusedImportView("import-refused",
                    "Niets ingelezen: " + report.count(ClbService.ImportRow.Outcome.REFUSED)
                            + " rij(en) kloppen niet.", rows)).build();
        }
        return Response.ok(new ImportView(true, rows)).build();
    }

    @GET
    @Path("/{clb}")
    @Operation(summary = "One CLB (404 when it is not the caller's)")
    public ClbView one(@PathParam("clb") String clb) {
        return ClbView.of(clbs.clb(caller(), clb));
    }

    @GET
    @Path("/{clb}/boxes")
    @Operation(summary = "The chat-met-je-CLB boxes of a CLB")
    public List<BoxView> boxes(@PathParam("clb") String clb) {
        return boxes.boxes(caller(), clb).stream().map(this::view).toList();
    }

    @POST
    @Path("/{clb}/boxes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a box (as a draft, or published at once when 'state' says so)")
    public Response create(@PathParam("clb") String clb, BoxView body) {
        String caller = caller();
        BoxView sent = required(body);
        BoxService.BoxView made = boxes.create(caller, clb, draft(sent), team(sent), state(sent));
        return Response.created(uri.getAbsolutePathBuilder().path(made.box().code()).build())
                .entity(view(made)).build();
    }

    @GET
    @Path("/{clb}/boxes/{box}")
    @Operation(summary = "One box")
    public BoxView box(@PathParam("clb") String clb, @PathParam("box") String box) {
        return view(boxes.box(caller(), clb, box));
    }

    @PUT
    @Path("/{clb}/boxes/{box}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a box: what it says, its windows, its team and its state, all or nothing")
    public BoxView change(@PathParam("clb") String clb, @PathParam("box") String box, BoxView body) {
        BoxView sent = required(body);
        return view(boxes.change(caller(), clb, box, draft(sent), team(sent), state(sent)));
    }

    @GET
    @Path("/{clb}/boxes/{box}/qr.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "A QR code of the box's public address, for a poster")
    public Response qrSvg(@PathParam("clb") String clb, @PathParam("box") String box) {
        String url = publicUrl(boxes.box(caller(), clb, box));
        return Response.ok(QrImages.svg(url), "image/svg+xml")
                .header("Content-Disposition", "inline; filename=\"qr-" + box + ".svg\"").build();
    }

    @GET
    @Path("/{clb}/boxes/{box}/qr.png")
    @Produces("image/png")
    @Operation(summary = "The same QR code as PNG")
    public Response qrPng(@PathParam("clb") String clb, @PathParam("box") String box) {
        String url = publicUrl(boxes.box(caller(), clb, box));
        return Response.ok(QrImages.png(url), "image/png")
                .header("Content-Disposition", "inline; filename=\"qr-" + box + ".png\"").build();
    }

    private String caller() {
        return StaffCaller.inRole(security, "CLB-beheerder of coördinator",
                "Alleen CLB-beheerders, coördinatoren en beheerders zien CLB's en boxen.",
                StaffRoles.CLB_ADMIN, StaffRoles.COORDINATOR, StaffRoles.ADMIN);
    }

    private BoxView view(BoxService.BoxView found) {
        Box box = found.box();
        List<WindowView> windows = box.windows().stream().map(window -> new WindowView(
                IsoTimes.format(window.start().atZone(DefaultBoxService.ZONE)),
                IsoTimes.format(window.end().atZone(DefaultBoxService.ZONE)))).toList();
        return new BoxView(box.code(), box.lineCode(), box.title(), box.purpose().code(),
                box.audience().stream().map(VisitorRole::code).toList(), box.intro(), box.slug(), windows,
                found.team(), box.state().code(), publicUrl(found));
    }

    private String publicUrl(BoxService.BoxView found) {
        URI base = uri.getBaseUri(); // .../api/
        return base.resolve(found.box().publicPath()).toString();
    }

    private static BoxView required(BoxView body) {
        if (body == null) {
            throw Refusal.invalid("invalid-box", "Stuur een box als JSON.");
        }
        return body;
    }

    /** What was sent, as the domain's draft; every unreadable field is named at once. */
    private static Box.Draft draft(BoxView body) {
        Map<String, String> wrong = new LinkedHashMap<>();
        BoxPurpose purpose = null;
        if (body.purpose() != null) {
            purpose = Coded.fromCode(BoxPurpose.class, body.purpose()).orElse(null);
            if (purpose == null) {
                wrong.put("purpose", "'purpose' is een van " + Coded.codes(BoxPurpose.class) + ".");
            }
        }
        Set<VisitorRole> audience = new LinkedHashSet<>();
        for (String code : body.audience() == null ? List.<String>of() : body.audience()) {
            Coded.fromCode(VisitorRole.class, code).ifPresentOrElse(audience::add, () ->
                    wrong.put("audience", "'audience' bevat " + Coded.codes(VisitorRole.class) + "."));
        }
        List<BoxWindow> windows = new ArrayList<>();
        List<WindowView> sent = body.windows() == null ? List.of() : body.windows();
        for (int i = 0; i < sent.size(); i++) {
            WindowView window = sent.get(i);
            try {
                windows.add(window == null ? new BoxWindow(null, null) : new BoxWindow(
                        IsoTimes.instant(window.start(), "windows[" + i + "].start"),
                        IsoTimes.instant(window.end(), "windows[" + i + "].end")));
            } catch (Refusal refusal) {
                wrong.put("windows[" + i + "]", refusal.getMessage());
            }
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalid("invalid-box", wrong);
        }
        return new Box.Draft(body.title(), body.slug(), purpose, audience, body.intro(), windows);
    }

    private static Set<String> team(BoxView body) {
        return body.team() == null ? Set.of() : new LinkedHashSet<>(body.team());
    }

    private static BoxState state(BoxView body) {
        if (body.state() == null) {
            return null;
        }
        return Coded.fromCode(BoxState.class, body.state()).orElseThrow(() -> Refusal.invalid("invalid-box",
                Map.of("state", "'state' is een van " + Coded.codes(BoxState.class) + ".")));
    }
}
