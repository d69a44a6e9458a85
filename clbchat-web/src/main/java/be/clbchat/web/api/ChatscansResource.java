package be.clbchat.web.api;

import be.clbchat.application.quality.ChatscanService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.quality.Chatscan;
import be.clbchat.domain.quality.ChatscanItem;
import be.clbchat.domain.quality.ChatscanPeriod;
import be.clbchat.domain.quality.ChatscanScore;
import be.clbchat.domain.staff.StaffRoles;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The chatscan over HTTP: the coordinators' overview of a period, the draw, a review (its transcript is read and
 * audited as a chatscan) and the feedback sent; an operator's request for feedback on a chat of theirs, their own
 * feedback ({@code /api/chatscans/mine}) and their one answer.
 */
@Path("/chatscans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChatscansResource {

    public record ItemJson(long id, String text, boolean scored) {
    }

    @JsonbNillable
    public record ScoreJson(String item, Integer score, String comment) {
    }

    @JsonbNillable
    public record ChatscanJson(long id, String chatId, String line, String operator, String period, String origin,
                               String requestNote, String state, String reviewer, String sentAt,
                               List<ScoreJson> scores, String feedback, String answer, String answeredAt) {
    }

    public record OperatorJson(String operator, long chats, long planned, long done, long open) {
    }

    public record OverviewJson(String period, String label, int perOperator, long planned, long done, long open,
                               long operatorsDone, List<OperatorJson> operators, List<ChatscanJson> chatscans) {
    }

    /** {@code transcript} is null when it was deleted after the feedback and the retention period. */
    @JsonbNillable
    public record ReviewJson(ChatscanJson chatscan, TranscriptsResource.TranscriptJson transcript,
                             List<ItemJson> items) {
    }

    /** As sent to send feedback: per item id its score (scored items) and a comment, and free text. */
    public record FeedbackJson(Map<String, Integer> scores, Map<String, String> comments, String feedback) {
    }

    @JsonbNillable
    public record OwnChatJson(String chatId, String line, String nickname, String endedAt, Long chatscan,
                              String chatscanState) {
    }

    public record RequestJson(String chatId, String note) {
    }

    public record AnswerJson(String answer) {
    }

    public record DrawJson(String period, int drawn) {
    }

    @Inject
    private ChatscanService chatscans;

    @Context
    private SecurityContext security;

    @GET
    @Operation(summary = "A period's chatscans, per operator planned / done / open (coordinators); "
            + "period=YYYY-MM, default the last period that is over")
    public OverviewJson overview(@QueryParam("period") String period) {
        String caller = coordinator();
        ChatscanService.Overview overview = chatscans.overview(caller, chatscans.period(period));
        return new OverviewJson(overview.period().key(), overview.period().label(), overview.perOperator(),
                overview.planned(), overview.done(), overview.open(), overview.operatorsDone(),
                overview.operators().stream().map(row -> new OperatorJson(row.operator(), row.chats(), row.planned(),
                        row.done(), row.open())).toList(),
                overview.chatscans().stream().map(ChatscansResource::json).toList());
    }

    @POST
    @Path("draw")
    @Operation(summary = "Draw a period that is over (coordinators); repeating it draws only for operators still "
            + "without their chats")
    public DrawJson draw(@QueryParam("period") String period) {
        String caller = coordinator();
        ChatscanPeriod drawn = chatscans.period(period);
        return new DrawJson(drawn.key(), chatscans.draw(caller, drawn));
    }

    @GET
    @Path("items")
    @Operation(summary = "The items of the feedback form (staff)")
    public List<ItemJson> items() {
        StaffCaller.anyStaff(security, "Alleen medewerkers.");
        return chatscans.items(false).stream().map(ChatscansResource::json).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Review a chatscan: the chatscan, its transcript (audited as a chatscan) and the form "
            + "(coordinators)")
    public ReviewJson review(@PathParam("id") long id) {
        ChatscanService.Review review = chatscans.review(coordinator(), id);
        return new ReviewJson(json(review.chatscan()), review.transcript().map(TranscriptsResource::json).orElse(null),
                review.items().stream().map(ChatscansResource::json).toList());
    }

    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the feedback to the operator, once (coordinators)")
    public ChatscanJson send(@PathParam("id") long id, FeedbackJson body) {
        String caller = coordinator();
        if (body == null) {
            throw Refusal.invalid("invalid-feedback", "Stuur de feedback als JSON.");
        }
        return json(chatscans.send(caller, id, byItem(body.scores()), byItem(body.comments()), body.feedback()));
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An operator asks feedback on an ended chat of theirs (chatId, note)")
    public Response request(RequestJson body) {
        String caller = StaffCaller.anyStaff(security, "Alleen operatoren vragen feedback.");
        if (body == null || body.chatId() == null) {
            throw Refusal.invalid("invalid-request", Map.of("chatId", "Kies het gesprek."));
        }
        UUID chat;
        try {
            chat = UUID.fromString(body.chatId());
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound("unknown-chat", "Dit gesprek bestaat niet of is niet van jou.");
        }
        return Response.status(Response.Status.CREATED).entity(json(chatscans.request(caller, chat, body.note())))
                .build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's own feedback and the feedback they asked for, newest first")
    public List<ChatscanJson> mine() {
        return chatscans.mine(StaffCaller.anyStaff(security, "Alleen medewerkers.")).stream()
                .map(ChatscansResource::json).toList();
    }

    @GET
    @Path("own-chats")
    @Operation(summary = "The caller's own ended chats within the retention period: to read back or ask feedback on")
    public List<OwnChatJson> ownChats() {
        return chatscans.ownChats(StaffCaller.anyStaff(security, "Alleen medewerkers.")).stream()
                .map(chat -> new OwnChatJson(chat.chatId().toString(), chat.line(), chat.nickname(),
                        TranscriptsResource.time(chat.endedAt()), chat.chatscan().map(Chatscan::id).orElse(null),
                        chat.chatscan().map(scan -> scan.state().name().toLowerCase(Locale.ROOT)).orElse(null)))
                .toList();
    }

    @PUT
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The operator's one answer to their feedback")
    public ChatscanJson answer(@PathParam("id") long id, AnswerJson body) {
        String caller = StaffCaller.anyStaff(security, "Alleen medewerkers.");
        return json(chatscans.answer(caller, id, body == null ? null : body.answer()));
    }

    private String coordinator() {
        return StaffCaller.inRole(security, "coördinator", "Alleen de coördinatoren doen de chatscan.",
                StaffRoles.COORDINATOR, StaffRoles.ADMIN);
    }

    private static <V> Map<Long, V> byItem(Map<String, V> given) {
        Map<Long, V> values = new HashMap<>();
        if (given != null) {
            given.forEach((key, value) -> {
                try {
                    values.put(Long.parseLong(key), value);
                } catch (NumberFormatException e) {
                    throw Refusal.invalid("invalid-feedback", Map.of("item-" + key,
                            "Onbekend onderdeel van het formulier: " + key + "."));
                }
            });
        }
        return values;
    }

    private static ItemJson json(ChatscanItem item) {
        return new ItemJson(item.id(), item.text(), item.scored());
    }

    static ChatscanJson json(Chatscan scan) {
        return new ChatscanJson(scan.id(), scan.chatId(), scan.lineCode(), scan.operator(),
                scan.periodStart().toString().substring(0, 7), scan.origin().name().toLowerCase(Locale.ROOT),
                scan.requestNote(), scan.state().name().toLowerCase(Locale.ROOT), scan.reviewer().orElse(null),
                scan.sentAt().map(TranscriptsResource::time).orElse(null),
                scan.scores().stream().map(ChatscansResource::json).toList(), scan.feedback(),
                scan.answer().orElse(null), scan.answeredAt().map(TranscriptsResource::time).orElse(null));
    }

    private static ScoreJson json(ChatscanScore score) {
        return new ScoreJson(score.itemText(), score.score().orElse(null), score.comment());
    }
}
