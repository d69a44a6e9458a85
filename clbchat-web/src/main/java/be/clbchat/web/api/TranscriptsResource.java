package be.clbchat.web.api;

import be.clbchat.application.quality.TranscriptService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.Coded;
import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.quality.TranscriptReason;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Reading an ended chat's transcript, for whoever may (its operator within the retention period, a coordinator for a
 * chatscan or a fake-call review, a CLB's admin for its own boxes); every read goes to the audit log
 * ({@link AuditResource}). A chat one may not read is a 404, as one that does not exist, and writes nothing.
 */
@Path("/transcripts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TranscriptsResource {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    public record MessageJson(int seq, String from, String text, String sentAt) {
    }

    @JsonbNillable
    public record TranscriptJson(String chatId, String line, String nickname, String operatorAlias, String queuedAt,
                                 String acceptedAt, String endedAt, String reason, List<MessageJson> messages) {
    }

    @Inject
    private TranscriptService transcripts;

    @Context
    private SecurityContext security;

    @GET
    @Path("{chatId}")
    @Operation(summary = "An ended chat's transcript (reason: own-chat, chatscan, fake-call-review or clb-box; "
            + "default the first the caller has). Every read is written to the audit log")
    public TranscriptJson transcript(@PathParam("chatId") String chatId, @QueryParam("reason") String reason) {
        String caller = StaffCaller.anyStaff(security, "Alleen medewerkers lezen gesprekken.");
        UUID chat;
        try {
            chat = UUID.fromString(chatId);
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound("unknown-chat", "Dit gesprek bestaat niet of is niet van jou om te lezen.");
        }
        Optional<TranscriptReason> asked = Optional.empty();
        if (reason != null && !reason.isBlank()) {
            asked = Optional.of(Coded.fromCode(TranscriptReason.class, reason).orElseThrow(() -> Refusal.invalid(
                    "invalid-reason", "'reason' is een van " + Coded.codes(TranscriptReason.class) + ".")));
        }
        return json(transcripts.read(caller, chat, asked));
    }

    static TranscriptJson json(TranscriptService.Transcript transcript) {
        return new TranscriptJson(transcript.chatId().toString(), transcript.line(), transcript.nickname(),
                transcript.operatorAlias().orElse(null), time(transcript.queuedAt()),
                transcript.acceptedAt().map(TranscriptsResource::time).orElse(null), time(transcript.endedAt()),
                transcript.reason().code(), transcript.messages().stream().map(TranscriptsResource::json).toList());
    }

    private static MessageJson json(ChatMessage message) {
        return new MessageJson(message.seq(), message.sender().name().toLowerCase(Locale.ROOT), message.text(),
                time(message.sentAt()));
    }

    static String time(Instant at) {
        return IsoTimes.format(at.atZone(BRUSSELS));
    }
}
