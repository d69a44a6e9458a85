package be.clbchat.application.quality;

import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.quality.TranscriptRead;
import be.clbchat.domain.quality.TranscriptReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading an ended chat's transcript, for whoever may ({@link be.clbchat.domain.quality.TranscriptAccess}), and the
 * audit log every such read is written to. A chat one may not read is "not found", as one that does not exist; a
 * refused read writes nothing.
 */
public interface TranscriptService {

    /** A transcript as it was read, with the reason it was read under. */
    record Transcript(UUID chatId, String line, String nickname, Optional<String> operatorAlias, Instant queuedAt,
                      Optional<Instant> acceptedAt, Instant endedAt, TranscriptReason reason,
                      List<ChatMessage> messages) {
        public Transcript {
            messages = List.copyOf(messages);
        }
    }

    /** An ended chat a CLB's admin may read: a chat of one of their CLB's boxes, with its transcript. */
    record ReadableChat(UUID chatId, String line, String nickname, Instant endedAt) {
    }

    /**
     * The transcript of {@code chat} for {@code caller}, written to the audit log with {@code asked} (or the first
     * reason they have). Not theirs to read, or not for that reason: 404; deleted after the retention period: 404
     * with {@code transcript-deleted}.
     */
    Transcript read(String caller, UUID chat, Optional<TranscriptReason> asked);

    /** The reads {@code query} asks for, newest first (admins only). */
    List<TranscriptRead> audit(String caller, AuditQuery query);

    /** The box chats of the caller's own CLB that still have a transcript, newest first (a CLB's admin only). */
    List<ReadableChat> boxChats(String caller);
}
