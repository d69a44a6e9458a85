package be.clbchat.domain.chat;

import be.clbchat.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One anonymous conversation on a line: it waits in the queue, is taken by one operator, and ends. It numbers its
 * messages, knows when the visitor's connection went away, and keeps the visitor's rating.
 */
@Entity
@Table(name = "chat")
@NamedQuery(name = Chat.QUEUE, query = "SELECT c FROM Chat c WHERE c.state = be.clbchat.domain.chat.ChatState.QUEUED")
@NamedQuery(name = Chat.BY_TOKEN,
        query = "SELECT c FROM Chat c WHERE c.resumeTokenHash = :hash OR c.previousTokenHash = :hash")
@NamedQuery(name = Chat.OF_OPERATOR, query = "SELECT c FROM Chat c WHERE c.operatorUsername = :operator"
        + " AND c.state = be.clbchat.domain.chat.ChatState.ACTIVE ORDER BY c.acceptedAt")
@NamedQuery(name = Chat.WAITING_ON, query = "SELECT COUNT(c) FROM Chat c WHERE c.lineCode = :line"
        + " AND c.state = be.clbchat.domain.chat.ChatState.QUEUED")
@NamedQuery(name = Chat.STILL_WAITING, query = "SELECT c.id FROM Chat c WHERE c.id IN :ids"
        + " AND c.state = be.clbchat.domain.chat.ChatState.QUEUED")
@NamedQuery(name = Chat.VISITOR_GONE, query = "SELECT c FROM Chat c WHERE c.state <> be.clbchat.domain.chat.ChatState.ENDED"
        + " AND c.visitorAwaySince IS NOT NULL AND c.visitorAwaySince < :before")
@NamedQuery(name = Chat.RECENTLY_ENDED, query = "SELECT c FROM Chat c WHERE c.lineCode = :line"
        + " AND c.state = be.clbchat.domain.chat.ChatState.ENDED AND c.acceptedAt IS NOT NULL AND c.endedAt > :since"
        + " ORDER BY c.endedAt DESC")
public class Chat {

    public static final String QUEUE = "Chat.queue";
    public static final String BY_TOKEN = "Chat.byToken";
    public static final String OF_OPERATOR = "Chat.ofOperator";
    public static final String VISITOR_GONE = "Chat.visitorGone";
    public static final String WAITING_ON = "Chat.waitingOn";
    public static final String STILL_WAITING = "Chat.stillWaiting";
    public static final String RECENTLY_ENDED = "Chat.recentlyEnded";

    /** How long after its end a chat can still be resumed (to see the last messages and rate it). */
    public static final Duration RESUMABLE_AFTER_END = Duration.ofHours(1);
    public static final int MAX_COMMENT = 1000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "line_code", nullable = false, length = 40)
    private String lineCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private ChatState state;

    @Column(name = "resume_token_hash", nullable = false, length = 64)
    private String resumeTokenHash;

    /** The token handed out before the current one: valid until the current one is used (see {@link #rotateToken}). */
    @Column(name = "previous_token_hash", length = 64)
    private String previousTokenHash;

    @Embedded
    private VisitorProfile visitor;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "requeued_at")
    private Instant requeuedAt;

    @Column(name = "operator_username", length = 64)
    private String operatorUsername;

    @Column(name = "operator_alias", length = 30)
    private String operatorAlias;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by", length = 10)
    private Party endedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private EndReason endReason;

    @Column(name = "visitor_away_since")
    private Instant visitorAwaySince;

    @Column(name = "last_seq", nullable = false)
    private int lastSeq;

    @Column(name = "rating_stars")
    private Integer ratingStars;

    @Column(name = "rating_comment", length = MAX_COMMENT)
    private String ratingComment;

    @Enumerated(EnumType.STRING)
    @Column(name = "found_via", length = 20)
    private FoundVia foundVia;

    @Column(name = "rated_at")
    private Instant ratedAt;

    /** The keyed hash of the visitor browser's pseudonym (never the key); wiped with the transcript. */
    @Column(name = "pseudonym_hash", length = 64)
    private String pseudonymHash;

    @Column(name = "transcript_deleted_at")
    private Instant transcriptDeletedAt;

    /** What whoever holds the chat may read of it: from this message on (0: all), after a hand-over without consent. */
    @Column(name = "read_from_seq", nullable = false)
    private int readFromSeq;

    protected Chat() {
        // for JPA
    }

    public Chat(UUID id, String lineCode, VisitorProfile visitor, String resumeTokenHash, Instant now) {
        this(id, lineCode, visitor, resumeTokenHash, Optional.empty(), now);
    }

    /** @param pseudonymHash the keyed hash of the pseudonym the visitor's browser keeps, when it sent one */
    public Chat(UUID id, String lineCode, VisitorProfile visitor, String resumeTokenHash, Optional<String> pseudonymHash,
                Instant now) {
        this.pseudonymHash = Objects.requireNonNull(pseudonymHash, "pseudonymHash").orElse(null);
        this.id = Objects.requireNonNull(id, "id").toString();
        this.lineCode = Objects.requireNonNull(lineCode, "lineCode");
        this.visitor = Objects.requireNonNull(visitor, "visitor");
        this.resumeTokenHash = Objects.requireNonNull(resumeTokenHash, "resumeTokenHash");
        this.queuedAt = Objects.requireNonNull(now, "now");
        this.state = ChatState.QUEUED;
    }

    /** An operator takes the chat from the queue. */
    public void acceptBy(String operator, String alias, Instant now) {
        if (state != ChatState.QUEUED) {
            throw Refusal.conflict("not-queued", "Dit gesprek wacht niet (meer) in de wachtrij.");
        }
        this.operatorUsername = Objects.requireNonNull(operator, "operator");
        this.operatorAlias = Objects.requireNonNull(alias, "alias");
        // A chat handed over cold to another line was answered already: its first answer is the one that counts.
        if (acceptedAt == null) {
            this.acceptedAt = Objects.requireNonNull(now, "now");
        }
        this.state = ChatState.ACTIVE;
    }

    /**
     * The chat goes on with another operator, on {@code line}, after a hand-over; they read it from {@code readFrom}
     * on (0: all of it).
     */
    public void handTo(String line, String operator, String alias, int readFrom) {
        if (state != ChatState.ACTIVE) {
            throw Refusal.conflict("not-active", "Dit gesprek loopt niet meer.");
        }
        this.lineCode = Objects.requireNonNull(line, "line");
        this.operatorUsername = Objects.requireNonNull(operator, "operator");
        this.operatorAlias = Objects.requireNonNull(alias, "alias");
        this.readFromSeq = readFrom;
    }

    /**
     * A cold hand-over to another line: the chat leaves its operator for the front of {@code line}'s queue; whoever
     * takes it there reads it from {@code readFrom} on. Until then the operator who answered it stays its last
     * holder: should the visitor leave while waiting there, that operator registers the chat.
     */
    public void moveToQueueOf(String line, int readFrom, Instant now) {
        if (state != ChatState.ACTIVE) {
            throw Refusal.conflict("not-active", "Dit gesprek loopt niet meer.");
        }
        this.lineCode = Objects.requireNonNull(line, "line");
        this.readFromSeq = readFrom;
        this.requeuedAt = Objects.requireNonNull(now, "now");
        this.state = ChatState.QUEUED;
    }

    /** A line of the platform in the transcript (e.g. "doorverbonden met …"), numbered as the messages are. */
    public ChatMessage writeSystemLine(String text, Instant now) {
        if (state == ChatState.ENDED) {
            throw Refusal.conflict("chat-ended", "Dit gesprek is gestopt.");
        }
        ChatMessage message = new ChatMessage(id, lastSeq + 1, Party.SYSTEM, UUID.randomUUID(), text, now);
        lastSeq = message.seq();
        return message;
    }

    /** The first message whoever holds the chat now may read (0: all). */
    public int readFromSeq() {
        return readFromSeq;
    }

    /** The operator's connection was gone too long: the chat goes back to the front of the queue. */
    public void giveBack(Instant now) {
        if (state != ChatState.ACTIVE) {
            throw new IllegalStateException("Only a chat in progress can be given back: " + this);
        }
        this.operatorUsername = null;
        this.operatorAlias = null;
        this.acceptedAt = null;
        this.requeuedAt = Objects.requireNonNull(now, "now");
        this.state = ChatState.QUEUED;
    }

    /** A new message of the visitor or the operator, numbered after the last one. */
    public ChatMessage write(Party sender, UUID clientMsgId, String text, Instant now) {
        if (sender == Party.SYSTEM) {
            throw new IllegalArgumentException("The system writes lines with writeSystemLine, not messages");
        }
        if (state == ChatState.ENDED) {
            throw Refusal.conflict("chat-ended", "Dit gesprek is gestopt.");
        }
        if (state == ChatState.QUEUED) {
            throw Refusal.conflict("not-accepted", "Je kan pas schrijven als een medewerker je gesprek heeft aangenomen.");
        }
        ChatMessage message = new ChatMessage(id, lastSeq + 1, sender, clientMsgId, text, now);
        lastSeq = message.seq();
        return message;
    }

    public void end(Party by, Instant now) {
        end(by, false, now);
    }

    /** @param quickExit the visitor left with "Snel weg" (only the visitor can) */
    public void end(Party by, boolean quickExit, Instant now) {
        if (state == ChatState.ENDED) {
            throw Refusal.conflict("chat-ended", "Dit gesprek is al gestopt.");
        }
        if (quickExit && by != Party.VISITOR) {
            throw new IllegalArgumentException("Only the visitor leaves with quick exit, not " + by);
        }
        EndReason reason = switch (by) {
            case VISITOR -> state == ChatState.QUEUED ? EndReason.LEFT_QUEUE   // the queue's statistic, either way
                    : quickExit ? EndReason.QUICK_EXIT : EndReason.ENDED_BY_VISITOR;
            case OPERATOR -> EndReason.ENDED_BY_OPERATOR;
            case SYSTEM -> state == ChatState.QUEUED ? EndReason.ABANDONED_IN_QUEUE : EndReason.SUDDENLY_ABORTED;
        };
        this.endedBy = by;
        this.endReason = reason;
        this.endedAt = Objects.requireNonNull(now, "now");
        this.state = ChatState.ENDED;
    }

    /** The visitor's answers after the chat; each is optional, but an empty rating says nothing and is refused. */
    public void rate(Integer stars, String comment, FoundVia via, Instant now) {
        if (state != ChatState.ENDED) {
            throw Refusal.conflict("not-ended", "Je kan een gesprek pas beoordelen als het gestopt is.");
        }
        if (ratedAt != null) {
            throw Refusal.conflict("already-rated", "Je hebt dit gesprek al beoordeeld. Bedankt!");
        }
        if (stars != null && (stars < 1 || stars > 5)) {
            throw Refusal.invalid("invalid-field", "Geef 1 tot 5 sterren (stars).");
        }
        String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
        if (trimmed != null && trimmed.codePointCount(0, trimmed.length()) > MAX_COMMENT) {
            throw Refusal.invalid("invalid-field", "Je opmerking (comment) is hoogstens " + MAX_COMMENT + " tekens.");
        }
        if (stars == null && trimmed == null && via == null) {
            throw Refusal.invalid("invalid-field", "Geef sterren (stars), een opmerking (comment) of hoe je ons vond (foundVia).");
        }
        this.ratingStars = stars;
        this.ratingComment = trimmed;
        this.foundVia = via;
        this.ratedAt = Objects.requireNonNull(now, "now");
    }

    public void visitorLeft(Instant now) {
        if (visitorAwaySince == null && state != ChatState.ENDED) {
            visitorAwaySince = Objects.requireNonNull(now, "now");
        }
    }

    public void visitorBack() {
        visitorAwaySince = null;
    }

    /**
     * A new resume token for a visitor who came back with {@code usedHash}'s token. The used one stays valid next to
     * the new one — the answer that carries the new one can be lost with its connection — and every older one is
     * void: a copied token works only until the visitor resumes twice.
     */
    public void rotateToken(String usedHash, String newHash) {
        if (!opensWith(usedHash)) {
            throw new IllegalArgumentException("Not a token of this chat");
        }
        previousTokenHash = usedHash;
        resumeTokenHash = Objects.requireNonNull(newHash, "newHash");
    }

    /** Whether a resume token with this hash is (still) a key to this chat. */
    public boolean opensWith(String tokenHash) {
        return tokenHash != null && (tokenHash.equals(resumeTokenHash) || tokenHash.equals(previousTokenHash));
    }

    /** Whether the visitor can still come back to this chat with its resume token. */
    public boolean resumableAt(Instant now) {
        return state != ChatState.ENDED || endedAt.plus(RESUMABLE_AFTER_END).isAfter(now);
    }

    public boolean heldBy(String operator) {
        return state == ChatState.ACTIVE && operatorUsername.equals(operator);
    }

    public UUID id() {
        return UUID.fromString(id);
    }

    public String lineCode() {
        return lineCode;
    }

    public ChatState state() {
        return state;
    }

    public VisitorProfile visitor() {
        return visitor;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Optional<Instant> requeuedAt() {
        return Optional.ofNullable(requeuedAt);
    }

    public Optional<String> operatorUsername() {
        return Optional.ofNullable(operatorUsername);
    }

    public Optional<String> operatorAlias() {
        return Optional.ofNullable(operatorAlias);
    }

    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<Party> endedBy() {
        return Optional.ofNullable(endedBy);
    }

    public Optional<EndReason> endReason() {
        return Optional.ofNullable(endReason);
    }

    public boolean visitorConnected() {
        return visitorAwaySince == null;
    }

    /** Since when the visitor has been away (the first moment, however often the connection drops again). */
    public Optional<Instant> visitorAwaySince() {
        return Optional.ofNullable(visitorAwaySince);
    }

    public int lastSeq() {
        return lastSeq;
    }

    public Optional<Integer> ratingStars() {
        return Optional.ofNullable(ratingStars);
    }

    public Optional<String> ratingComment() {
        return Optional.ofNullable(ratingComment);
    }

    public Optional<FoundVia> foundVia() {
        return Optional.ofNullable(foundVia);
    }

    public boolean rated() {
        return ratedAt != null;
    }

    public Optional<String> pseudonymHash() {
        return Optional.ofNullable(pseudonymHash);
    }

    /** When the retention job deleted the messages, the nickname and the rating's comment; the facts stay. */
    public Optional<Instant> transcriptDeletedAt() {
        return Optional.ofNullable(transcriptDeletedAt);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Chat chat && id.equals(chat.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Chat[" + id + ", " + state + "]";
    }
}
