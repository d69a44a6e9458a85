package be.clbchat.web.api;

import be.clbchat.application.handover.HandoverService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.staff.StaffRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the coordinators keep for hand-overs: the partner lines and which line may hand a chat over to which (the
 * allow-list). Handing over itself goes over the sockets (docs/chat-protocol.md, "Hand-over").
 */
@Path("/handovers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HandoverResource {

    public record RoutesJson(Map<String, Set<String>> routes, Map<String, String> partners) {
    }

    public record PartnerLineJson(String code, String name, String organisation) {
    }

    @Inject
    private HandoverService handovers;

    @Context
    private SecurityContext security;

    private String caller() {
        return StaffCaller.inRole(security, "coördinator", "Alleen de coördinatoren en beheerders.",
                StaffRoles.COORDINATOR, StaffRoles.ADMIN);
    }

    @GET
    @Path("routes")
    @Operation(summary = "Which line may hand over to which, and the partner lines (coordinators, admins)")
    public RoutesJson routes() {
        caller();
        return new RoutesJson(handovers.routes(), handovers.partnerLines());
    }

    @PUT
    @Path("routes/{from}/{to}")
    @Operation(summary = "Allow hand-overs from one line to another (one direction)")
    public Response allow(@PathParam("from") String from, @PathParam("to") String to) {
        handovers.addRoute(caller(), from, to);
        return Response.noContent().build();
    }

    @DELETE
    @Path("routes/{from}/{to}")
    @Operation(summary = "No more hand-overs from one line to another; 404 when there were none")
    public Response forbid(@PathParam("from") String from, @PathParam("to") String to) {
        handovers.removeRoute(caller(), from, to);
        return Response.noContent().build();
    }

    @POST
    @Path("partner-lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a partner line (a line of the platform for another organisation); 400 names the field")
    public Response createPartnerLine(PartnerLineJson body) {
        String caller = caller();
        if (body == null) {
            throw Refusal.invalid("invalid-line", Map.of("code", "Geef code, name en organisation."));
        }
        Line line = handovers.createPartnerLine(caller, body.code(), body.name(), body.organisation());
        return Response.status(Response.Status.CREATED)
                .entity(new PartnerLineJson(line.code(), line.name(), body.organisation().strip())).build();
    }

    public record ShownAsJson(String name) {
    }

    @PUT
    @Path("partner-lines/{line}/shown-as")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The partner line's alias policy: the name its visitors see for whoever answers (empty or"
            + " null: each operator's own alias); 400 when longer than 30")
    public Response showAs(@PathParam("line") String line, ShownAsJson body) {
        handovers.setShownAs(caller(), line, java.util.Optional.ofNullable(body).map(ShownAsJson::name));
        return Response.noContent().build();
    }

    @DELETE
    @Path("partner-lines/{line}/team/{username}")
    @Operation(summary = "Take an operator out of a partner line's team; 404 when they were not in it")
    public Response removeFromTeam(@PathParam("line") String line, @PathParam("username") String username) {
        handovers.removeFromPartnerTeam(caller(), line, username);
        return Response.noContent().build();
    }

    @PUT
    @Path("partner-lines/{line}/team/{username}")
    @Operation(summary = "Put an operator in a partner line's team")
    public Response addToTeam(@PathParam("line") String line, @PathParam("username") String username) {
        handovers.addToPartnerTeam(caller(), line, username);
        return Response.noContent().build();
    }
}
