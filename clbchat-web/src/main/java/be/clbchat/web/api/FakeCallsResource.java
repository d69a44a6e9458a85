package be.clbchat.web.api;

import be.clbchat.application.caller.CallerService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.caller.CallerBlock;
import be.clbchat.domain.caller.FakeCallMark;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The coordinators' review of "vermoedelijke nepoproep" marks, and blocks of a pseudonym. A pseudonym is never shown:
 * marks and blocks are named by the chat they came from.
 */
@Path("/fake-calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FakeCallsResource {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @JsonbNillable
    public record MarkJson(String chatId, String line, String operator, String markedAt, String state,
                           String reviewedBy, String reviewedAt, String note, String expiresAt,
                           boolean hasPseudonym, int earlierMarks, boolean blocked, List<String> themes,
                           String registrationNote) {
    }

    @JsonbNillable
    public record BlockJson(long id, String chatId, String blockedBy, String blockedAt, String until, String note) {
    }

    public record ReviewJson(List<MarkJson> pending, List<MarkJson> active, List<BlockJson> blocks,
                             List<MarkJson> decided) {
    }

    /** As sent on PUT: {@code decision} "accept" or "reject", a {@code note}, and for accept the {@code days}. */
    public record DecisionJson(String decision, String note, Integer days) {
    }

    public record BlockRequestJson(Integer days, String note) {
    }

    @Inject
    private CallerService callers;

    @Context
    private SecurityContext security;

    @GET
    @Operation(summary = "Marks to review, active marks and blocks, and the last month's decisions (coordinators)")
    public ReviewJson review() {
        CallerService.Review review = callers.review(caller());
        return new ReviewJson(review.pending().stream().map(FakeCallsResource::json).toList(),
                review.active().stream().map(FakeCallsResource::json).toList(),
                review.blocks().stream().map(FakeCallsResource::json).toList(),
                review.decided().stream().map(FakeCallsResource::json).toList());
    }

    @PUT
    @Path("{chatId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a mark (the pseudonym is marked for 'days', default 90) or reject it (coordinators)")
    public MarkJson decide(@PathParam("chatId") String chatId, DecisionJson body) {
        String caller = caller();
        UUID chat = chatId(chatId);
        if (body == null || body.decision() == null) {
            throw Refusal.invalid("invalid-mark", Map.of("decision", "Kies \"accept\" of \"reject\"."));
        }
        FakeCallMark mark = switch (body.decision()) {
            case "accept" -> callers.accept(caller, chat, body.note(),
                    body.days() == null ? FakeCallMark.DEFAULT_DAYS : body.days());
            case "reject" -> callers.reject(caller, chat, body.note());
            default -> throw Refusal.invalid("invalid-mark", Map.of("decision", "Kies \"accept\" of \"reject\"."));
        };
        return json(callers.view(caller, UUID.fromString(mark.chatId())));
    }

    @POST
    @Path("{chatId}/block")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Block the pseudonym of a marked chat for 'days' (default 14): it gets a neutral message, no chat")
    public Response block(@PathParam("chatId") String chatId, BlockRequestJson body) {
        String caller = caller();
        BlockRequestJson request = body == null ? new BlockRequestJson(null, null) : body;
        CallerBlock block = callers.block(caller, chatId(chatId),
                request.days() == null ? CallerBlock.DEFAULT_DAYS : request.days(), request.note());
        return Response.status(Response.Status.CREATED).entity(json(block)).build();
    }

    @DELETE
    @Path("blocks/{id}")
    @Operation(summary = "Lift a block now (coordinators); it stays in the history")
    public BlockJson lift(@PathParam("id") long id) {
        return json(callers.lift(caller(), id));
    }

    private static MarkJson json(CallerService.MarkView view) {
        FakeCallMark mark = view.mark();
        return new MarkJson(mark.chatId(), mark.lineCode(), view.operatorAlias(), time(mark.markedAt()),
                mark.state().name().toLowerCase(java.util.Locale.ROOT), mark.reviewedBy().orElse(null),
                mark.reviewedAt().map(FakeCallsResource::time).orElse(null), mark.reviewNote(),
                time(mark.expiresAt()), mark.pseudonymHash().isPresent(), view.earlierMarks(), view.blocked(),
                view.themes(), view.registrationNote());
    }

    private static BlockJson json(CallerBlock block) {
        return new BlockJson(block.id(), block.chatId(), block.blockedBy(), time(block.blockedAt()),
                time(block.liftedAt().orElse(block.until())), block.note());
    }

    private static String time(Instant at) {
        return IsoTimes.format(at.atZone(BRUSSELS));
    }

    private static UUID chatId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound("unknown-mark", "Voor dat gesprek is er geen melding van een nepoproep.");
        }
    }

    private String caller() {
        return StaffCaller.anyStaff(security, "Alleen de coördinatoren beoordelen nepoproepen.");
    }
}
