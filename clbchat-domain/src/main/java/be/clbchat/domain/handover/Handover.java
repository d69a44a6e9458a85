package be.clbchat.domain.handover;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One hand-over of a live chat from its operator to someone else: a colleague on the same line, or another line.
 * Warm: the receiver gets the note and, when the visitor allows it, what was said so far, and the first operator stays
 * until the receiver joined. Cold: the chat moves with the note only (to another line: at once, to the front of its
 * queue). A hand-over to another line is asked of the visitor first; saying no keeps the chat where it is.
 */
@Entity
@Table(name = "chat_handover")
public class Handover {

    public static final int MAX_NOTE = 500;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "chat_id", nullable = false, length = 36)
    private String chatId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private HandoverKind kind;

    @Column(name = "warm", nullable = false)
    private boolean warm;

    @Column(name = "from_line", nullable = false, length = 40)
    private String fromLine;

    @Column(name = "from_operator", nullable = false, length = 64)
    private String fromOperator;

    @Column(name = "from_alias", nullable = false, length = 64)
    private String fromAlias;

    @Column(name = "to_line", nullable = false, length = 40)
    private String toLine;

    @Column(name = "to_operator", length = 64)
    private String toOperator;

    /** Gone with the transcript. */
    @Column(name = "note", length = MAX_NOTE)
    private String note;

    @Column(name = "share_transcript")
    private Boolean shareTranscript;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private HandoverState state;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "taken_by", length = 64)
    private String takenBy;

    @Column(name = "taken_alias", length = 64)
    private String takenAlias;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Handover() {
        // for JPA
    }

    private Handover(UUID id, Chat chat, HandoverKind kind, boolean warm, String toLine, String toOperator,
                     String note, Instant now) {
        this.id = Objects.requireNonNull(id, "id").toString();
        this.chatId = chat.id().toString();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.warm = warm;
        this.fromLine = chat.lineCode();
        this.fromOperator = chat.operatorUsername().orElseThrow();
        this.fromAlias = chat.operatorAlias().orElseThrow();
        this.toLine = Objects.requireNonNull(toLine, "toLine");
        this.toOperator = toOperator;
        this.note = note;
        this.offeredAt = Objects.requireNonNull(now, "now");
        if (kind == HandoverKind.COLLEAGUE) {
            // Same line, same team: nothing to ask the visitor; a warm one shows the colleague the chat so far.
            this.shareTranscript = warm;
            this.state = HandoverState.WAITING;
        } else {
            this.state = HandoverState.ASKING;
        }
    }

    /**
     * A hand-over of the chat its operator holds now. To a colleague: {@code toLine} is the chat's own line, and
     * {@code toOperator} a named colleague or empty (whoever of the team takes it). To another line: another line, and
     * no named operator. The note is what the receiver reads first: 1 to {@value #MAX_NOTE} characters.
     */
    public static Handover offer(UUID id, Chat chat, HandoverKind kind, boolean warm, String toLine,
                                 Optional<String> toOperator, String note, Instant now) {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(toOperator, "toOperator");
        if (chat.state() != ChatState.ACTIVE) {
            throw Refusal.conflict("not-active", "Alleen een lopend gesprek kan je doorverbinden.");
        }
        String trimmed = note == null ? "" : note.strip();
        if (trimmed.isEmpty()) {
            throw Refusal.invalid("invalid-field", "Schrijf een korte overdrachtsnotitie (note) voor wie het "
                    + "gesprek overneemt.");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_NOTE) {
            throw Refusal.invalid("invalid-field", "De overdrachtsnotitie (note) is hoogstens " + MAX_NOTE
                    + " tekens.");
        }
        if (kind == HandoverKind.COLLEAGUE) {
            if (!chat.lineCode().equals(toLine)) {
                throw new IllegalArgumentException("A colleague is on the chat's own line, not " + toLine);
            }
            if (toOperator.filter(chat.operatorUsername().orElseThrow()::equals).isPresent()) {
                throw Refusal.invalid("invalid-field", "Kies een collega, niet jezelf.");
            }
        } else {
            if (chat.lineCode().equals(toLine)) {
                throw Refusal.invalid("invalid-field", "Kies een andere chatlijn dan die van dit gesprek.");
            }
            if (toOperator.isPresent()) {
                throw new IllegalArgumentException("A hand-over to another line goes to its team, not to one person");
            }
        }
        return new Handover(id, chat, kind, warm, toLine, toOperator.orElse(null), trimmed, now);
    }

    /** The visitor's answer to a hand-over to another line; {@code share} counts only for a warm one. */
    public void answer(boolean agree, boolean share, Instant now) {
        if (state != HandoverState.ASKING) {
            throw Refusal.conflict("not-asking", "Deze vraag is niet meer open.");
        }
        this.answeredAt = Objects.requireNonNull(now, "now");
        if (agree) {
            this.shareTranscript = warm && share;
            this.state = HandoverState.WAITING;
        } else {
            this.shareTranscript = false;
            close(HandoverState.REFUSED, now);
        }
    }

    /** The receiver joins. One wins; whoever comes after is told who did. */
    public void take(String by, String alias, Instant now) {
        Objects.requireNonNull(by, "by");
        switch (state) {
            case TAKEN -> throw Refusal.conflict("handover-taken", takenAlias + " nam dit gesprek al over.");
            case ASKING -> throw Refusal.conflict("handover-asking", "De bezoeker heeft nog niet geantwoord.");
            case WAITING -> {
                // to be taken below
            }
            default -> throw Refusal.conflict("handover-closed", "Deze overdracht gaat niet meer door.");
        }
        if (by.equals(fromOperator)) {
            throw Refusal.invalid("own-handover", "Je kan je eigen overdracht niet zelf overnemen.");
        }
        if (toOperator != null && !toOperator.equals(by)) {
            throw Refusal.notFound("unknown-handover", "Deze overdracht bestaat niet of is niet voor jou.");
        }
        this.takenBy = by;
        this.takenAlias = Objects.requireNonNull(alias, "alias");
        close(HandoverState.TAKEN, now);
    }

    /**
     * The first operator takes it back before anyone joined. A cold hand-over to another line cannot be: the chat
     * left them already.
     */
    public void withdraw(Instant now) {
        if (!state.open()) {
            throw Refusal.conflict("handover-closed", "Deze overdracht gaat niet meer door.");
        }
        if (movesAtOnce() && state == HandoverState.WAITING) {
            throw Refusal.conflict("handover-moved", "Het gesprek wacht al bij de andere chatlijn.");
        }
        close(HandoverState.WITHDRAWN, now);
    }

    /** It cannot happen any more (the chat ended, or went back to the queue). */
    public void lapse(Instant now) {
        if (state.open()) {
            close(HandoverState.LAPSED, now);
        }
    }

    private void close(HandoverState end, Instant now) {
        this.state = end;
        this.closedAt = Objects.requireNonNull(now, "now");
    }

    /** A cold hand-over to another line: once the visitor agrees, the chat leaves its operator for that line's queue. */
    public boolean movesAtOnce() {
        return kind == HandoverKind.LINE && !warm;
    }

    /** Whether the receiver (and whoever holds the chat after them) may read what was said before the hand-over. */
    public boolean sharesTranscript() {
        return Boolean.TRUE.equals(shareTranscript);
    }

    /** Whether {@code operator} is one this hand-over is offered to, given the lines whose team they are in. */
    public boolean offeredTo(String operator, java.util.Set<String> memberOf) {
        return state == HandoverState.WAITING && !fromOperator.equals(operator) && memberOf.contains(toLine)
                && (toOperator == null || toOperator.equals(operator));
    }

    public UUID id() {
        return UUID.fromString(id);
    }

    public UUID chatId() {
        return UUID.fromString(chatId);
    }

    public HandoverKind kind() {
        return kind;
    }

    public boolean warm() {
        return warm;
    }

    public String fromLine() {
        return fromLine;
    }

    public String fromOperator() {
        return fromOperator;
    }

    public String fromAlias() {
        return fromAlias;
    }

    public String toLine() {
        return toLine;
    }

    public Optional<String> toOperator() {
        return Optional.ofNullable(toOperator);
    }

    /** Empty once the transcript is gone. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** Empty while the visitor was not asked yet. */
    public Optional<Boolean> shareTranscript() {
        return Optional.ofNullable(shareTranscript);
    }

    public HandoverState state() {
        return state;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<String> takenBy() {
        return Optional.ofNullable(takenBy);
    }

    public Optional<String> takenAlias() {
        return Optional.ofNullable(takenAlias);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Handover handover && id.equals(handover.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Handover[" + id + ", " + kind + (warm ? " warm" : " cold") + ", " + fromLine + " -> " + toLine + ", "
                + state + "]";
    }
}
