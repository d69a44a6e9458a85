package be.clbchat.domain.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Chats, their messages and the operators' presence, as stored. */
public interface ChatRepository {

    void add(Chat chat);

    Optional<Chat> find(UUID id);

    /** The chat, locked for this transaction (others wait): for numbering messages and taking it from the queue. */
    Optional<Chat> lock(UUID id);

    Optional<Chat> byResumeTokenHash(String hash);

    /** Which of these chats still wait. */
    java.util.Set<UUID> stillWaiting(java.util.Collection<UUID> chats);

    /** How many chats wait on this line now. */
    long waitingOn(String line);

    /** Every waiting chat, in no particular order (see {@link QueueOrder}). */
    List<Chat> waiting();

    /** The chats an operator is holding now, oldest first. */
    List<Chat> heldBy(String operator);

    /** Every chat going on now (accepted, not ended), oldest first. */
    List<Chat> active();

    /** How many chats each operator holds now (operators holding none are absent). */
    java.util.Map<String, Long> heldCounts();

    /** How many chats each line has (waiting, running or ended and not yet forgotten); lines without any are absent. */
    java.util.Map<String, Long> countsPerLine();

    /** The chats not ended whose visitor is stored as connected. */
    java.util.Set<UUID> visitorsConnected();

    /** Of these chats, those not ended whose visitor is stored as away. */
    java.util.Set<UUID> visitorsAway(java.util.Collection<UUID> chats);

    /** Chats not ended whose visitor has been away since before {@code before}. */
    List<Chat> visitorAwaySince(Instant before);

    /** How long the most recent finished conversations on a line lasted (at most {@code max}, since {@code since}). */
    List<Duration> recentDurations(String line, Instant since, int max);

    void add(ChatMessage message);

    Optional<ChatMessage> message(UUID chat, Party sender, UUID clientMsgId);

    List<ChatMessage> messagesAfter(UUID chat, int seq);

    /** Ended chats of {@code lines} that still have their transcript, newest first, at most {@code max}. */
    List<Chat> endedWithTranscript(java.util.Collection<String> lines, int max);

    /**
     * Deletes the transcripts of the chats that ended before {@code before}: their messages and whispers, the
     * nickname, the rating's comment and the pseudonym. The rest of each row stays as the chat's anonymous facts. A
     * chat held for a review (an open chatscan, a fake-call mark waiting for a decision, a support case not closed)
     * keeps its transcript unless it ended before {@code heldBefore}. Only chat {@code only} when given. Returns how
     * many chats lost their transcript.
     */
    int forgetTranscriptsEndedBefore(Instant before, Instant heldBefore, java.util.Optional<UUID> only, Instant now);

    /** After a server start nobody is connected: every visitor of a chat not ended starts the grace period now. */
    void visitorsAwayFrom(Instant now);
}
