package be.clbchat.web.api;

import be.clbchat.application.support.SupportService;
import be.clbchat.domain.support.SupportRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The requests for support of the caller, asked or taken ({@code /api/support/mine}), and what comes after the chat:
 * each one's note and closing. Asking, taking and whispering go over the sockets (docs/chat-protocol.md, "Support").
 * Another person's request is a 404, as one that does not exist.
 */
@Path("/support")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SupportResource {

    @JsonbNillable
    public record WhisperJson(String from, String text, String sentAt) {
    }

    @JsonbNillable
    public record RequestJson(long id, String chatId, String line, String role, String operatorAlias, String note,
                              boolean urgent, String askedAt, String state, String supporterName, String takenAt,
                              String operatorNote, String supporterNote, String outcome, String closedAt,
                              List<WhisperJson> whispers) {
    }

    public record NoteJson(String text) {
    }

    @Inject
    private SupportService support;

    @Context
    private SecurityContext security;

    @GET
    @Path("mine")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The caller's requests for support, asked or "
            + "taken: those not closed and those closed in the last 30 days, newest first (staff)")
    public List<RequestJson> mine() {
        String caller = StaffCaller.anyStaff(security, "Alleen medewerkers.");
        return support.mine(caller).stream().map(found -> json(caller, found.request(), found.whispers())).toList();
    }

    @PUT
    @Path("{id}/note")
    @Consumes(MediaType.APPLICATION_JSON)
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The caller's note after the chat, as operator "
            + "or as supporter of the request; replaced each time until it is closed")
    public RequestJson note(@PathParam("id") long id, NoteJson body) {
        String caller = StaffCaller.anyStaff(security, "Alleen medewerkers.");
        if (body == null) {
            throw be.clbchat.domain.Refusal.invalid("invalid-field", java.util.Map.of("text", "Schrijf een notitie."));
        }
        return json(caller, support.note(caller, id, body.text()), List.of());
    }

    @POST
    @Path("{id}/close")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Close the request after the chat (its operator "
            + "or its supporter)")
    public RequestJson close(@PathParam("id") long id) {
        String caller = StaffCaller.anyStaff(security, "Alleen medewerkers.");
        return json(caller, support.close(caller, id), List.of());
    }

    private static RequestJson json(String caller, SupportRequest request,
                                    List<be.clbchat.domain.support.Whisper> whispers) {
        return new RequestJson(request.id(), request.chatId(), request.lineCode(),
                request.operator().equals(caller) ? "operator" : "supporter", request.operatorAlias(), request.note(),
                request.urgent(), request.askedAt().toString(), request.state().name().toLowerCase(Locale.ROOT),
                request.supporterName().orElse(null), request.takenAt().map(Instant::toString).orElse(null),
                request.operatorNote(), request.supporterNote(),
                request.outcome().map(outcome -> outcome.name().toLowerCase(Locale.ROOT)).orElse(null),
                request.closedAt().map(Instant::toString).orElse(null),
                whispers.stream().map(whisper -> new WhisperJson(whisper.authorName(), whisper.text(),
                        whisper.sentAt().toString())).toList());
    }
}
