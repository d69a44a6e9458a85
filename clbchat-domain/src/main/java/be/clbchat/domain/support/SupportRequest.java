package be.clbchat.domain.support;

import be.clbchat.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An operator's request for support during a chat ("Vraag ondersteuning"): a short note, urgent or not. One supporter
 * takes it; while the chat goes on they read along and whisper to the operator; after the chat both may add a note,
 * and either closes it. A chat has at most one request that is not closed. While one is open its transcript is kept
 * past the retention period (up to the hard ceiling).
 */
@Entity
@Table(name = "support_request")
public class SupportRequest {

    public static final int MAX_NOTE = 280;
    public static final int MAX_AFTER_NOTE = 2000;

    /** How the request ended. */
    public enum Outcome {
        /** Taken, and closed after the chat. */
        DONE,
        /** The operator took it back before anyone took it. */
        WITHDRAWN,
        /** The chat ended before anyone took it. */
        NOT_TAKEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "chat_id", nullable = false, length = 36, updatable = false)
    private String chatId;

    @Column(name = "line_code", nullable = false, length = 40, updatable = false)
    private String lineCode;

    @Column(name = "operator_username", nullable = false, length = 64, updatable = false)
    private String operator;

    @Column(name = "operator_alias", nullable = false, length = 64, updatable = false)
    private String operatorAlias;

    @Column(name = "note", nullable = false, length = MAX_NOTE, updatable = false)
    private String note;

    @Column(name = "urgent", nullable = false, updatable = false)
    private boolean urgent;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private SupportState state;

    @Column(name = "supporter", length = 64)
    private String supporter;

    @Column(name = "supporter_name", length = 64)
    private String supporterName;

    @Column(name = "taken_at")
    private Instant takenAt;

    @Column(name = "operator_note", nullable = false, length = MAX_AFTER_NOTE)
    private String operatorNote;

    @Column(name = "supporter_note", nullable = false, length = MAX_AFTER_NOTE)
    private String supporterNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 10)
    private Outcome outcome;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected SupportRequest() {
    }

    /**
     * @param operatorAlias the name the supporters see (the operator's alias, as on the board)
     * @param note          optional, at most {@link #MAX_NOTE} characters (a 400 on "note" beyond)
     */
    public SupportRequest(String chatId, String lineCode, String operator, String operatorAlias, String note,
                          boolean urgent, Instant now) {
        this.chatId = Objects.requireNonNull(chatId, "chatId");
        this.lineCode = Objects.requireNonNull(lineCode, "lineCode");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.operatorAlias = Objects.requireNonNull(operatorAlias, "operatorAlias");
        this.note = checked("note", note, MAX_NOTE);
        this.urgent = urgent;
        this.askedAt = Objects.requireNonNull(now, "now");
        this.state = SupportState.OPEN;
        this.operatorNote = "";
        this.supporterNote = "";
    }

    /**
     * {@code supporter} takes the request; refused when it is taken already (409, naming who has it), closed, or their
     * own.
     */
    public void take(String supporterUsername, String displayName, Instant now) {
        if (operator.equals(supporterUsername)) {
            throw Refusal.conflict("own-request", "Je kan je eigen vraag om ondersteuning niet opnemen.");
        }
        if (state == SupportState.TAKEN) {
            throw Refusal.conflict("support-taken", supporterUsername.equals(supporter)
                    ? "Je nam deze vraag al op." : supporterName + " nam deze vraag al op.");
        }
        if (state == SupportState.CLOSED) {
            throw Refusal.conflict("support-closed", "Deze vraag is niet meer open: het gesprek is voorbij of de vraag"
                    + " is ingetrokken.");
        }
        this.supporter = supporterUsername;
        this.supporterName = Objects.requireNonNull(displayName, "displayName");
        this.takenAt = now;
        this.state = SupportState.TAKEN;
    }

    /** Whether {@code username} took this request and it is not closed: they read along and whisper. */
    public boolean supportedBy(String username) {
        return state == SupportState.TAKEN && username.equals(supporter);
    }

    /** A whisper of the supporter to the operator; refused for anyone else or once the request is closed. */
    public Whisper whisper(String by, String text, Instant now) {
        if (!supportedBy(by)) {
            throw Refusal.conflict("not-your-support", "Alleen wie de vraag opnam, kan fluisteren, zolang ze open is.");
        }
        return new Whisper(id, chatId, by, supporterName, text, now);
    }

    /**
     * The note after the chat of the operator or of the supporter (whoever {@code by} is), replaced each time until the
     * request is closed. {@code chatEnded}: notes are for afterwards.
     */
    public void note(String by, String text, boolean chatEnded) {
        String checked = checked("text", text, MAX_AFTER_NOTE);
        requireAfterTheChat(by, chatEnded);
        if (by.equals(operator)) {
            operatorNote = checked;
        } else {
            supporterNote = checked;
        }
    }

    /** Closed by its operator or its supporter after the chat. */
    public void close(String by, boolean chatEnded, Instant now) {
        requireAfterTheChat(by, chatEnded);
        end(by, Outcome.DONE, now);
    }

    /** The operator takes the request back while nobody has taken it yet. */
    public void withdraw(String by, Instant now) {
        if (!by.equals(operator)) {
            throw Refusal.conflict("not-your-support", "Alleen wie de vraag stelde, kan ze intrekken.");
        }
        if (state != SupportState.OPEN) {
            throw Refusal.conflict(state == SupportState.TAKEN ? "support-taken" : "support-closed",
                    state == SupportState.TAKEN ? supporterName + " nam je vraag al op." : "Deze vraag is al dicht.");
        }
        end(by, Outcome.WITHDRAWN, now);
    }

    /** The chat ended: a request nobody took is of no use any more. Returns whether it closed. */
    public boolean chatEnded(Instant now) {
        if (state != SupportState.OPEN) {
            return false;
        }
        end(null, Outcome.NOT_TAKEN, now);
        return true;
    }

    private void requireAfterTheChat(String by, boolean chatEnded) {
        if (!by.equals(operator) && !by.equals(supporter)) {
            throw Refusal.conflict("not-your-support", "Dit is niet jouw vraag om ondersteuning.");
        }
        if (state != SupportState.TAKEN) {
            throw Refusal.conflict("support-closed", state == SupportState.OPEN
                    ? "Niemand nam deze vraag op: er is niets af te sluiten." : "Deze vraag is al afgesloten.");
        }
        if (!chatEnded) {
            throw Refusal.conflict("chat-still-going", "Notities en afsluiten komen na het gesprek.");
        }
    }

    private void end(String by, Outcome how, Instant now) {
        this.state = SupportState.CLOSED;
        this.outcome = how;
        this.closedBy = by;
        this.closedAt = now;
    }

    private static String checked(String field, String text, int max) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > max) {
            throw Refusal.invalid("invalid-field", Map.of(field, "Hou het kort: hoogstens " + max + " tekens."));
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public String chatId() {
        return chatId;
    }

    public String lineCode() {
        return lineCode;
    }

    public String operator() {
        return operator;
    }

    public String operatorAlias() {
        return operatorAlias;
    }

    public String note() {
        return note;
    }

    public boolean urgent() {
        return urgent;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public SupportState state() {
        return state;
    }

    public Optional<String> supporter() {
        return Optional.ofNullable(supporter);
    }

    public Optional<String> supporterName() {
        return Optional.ofNullable(supporterName);
    }

    public Optional<Instant> takenAt() {
        return Optional.ofNullable(takenAt);
    }

    public String operatorNote() {
        return operatorNote;
    }

    public String supporterNote() {
        return supporterNote;
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<String> closedBy() {
        return Optional.ofNullable(closedBy);
    }

    @Override
    public String toString() {
        return "SupportRequest[" + id + " chat " + chatId + " " + state + "]";
    }
}
