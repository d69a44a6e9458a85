package be.clbchat.domain.caller;

import be.clbchat.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An operator's "vermoedelijke nepoproep" on one chat, for the coordinators to accept or reject. An accepted mark
 * attaches to the chat's pseudonym until it expires: the operator who takes that pseudonym's next chat is told. A mark
 * that was never reviewed expires too, so that nothing about a visitor is kept for ever.
 */
@Entity
@Table(name = "fake_call_mark")
public class FakeCallMark {

    /** How long an accepted mark stays on the pseudonym unless the coordinator chooses otherwise. */
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;
    /** How long a mark waits for review before it expires unreviewed. */
    public static final Duration REVIEW_WITHIN = Duration.ofDays(DEFAULT_DAYS);
    public static final int MAX_NOTE = 500;

    @Id
    @Column(name = "chat_id", length = 36)
    private String chatId;

    @Column(name = "line_code", nullable = false, length = 40)
    private String lineCode;

    @Column(name = "pseudonym_hash", length = 64)
    private String pseudonymHash;

    @Column(name = "marked_by", nullable = false, length = 64)
    private String markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private MarkState state;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_note", nullable = false, length = MAX_NOTE)
    private String reviewNote;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected FakeCallMark() {
        // for JPA
    }

    /** @param pseudonymHash the chat's pseudonym, or empty for a chat from a browser that sent none */
    public FakeCallMark(String chatId, String lineCode, Optional<String> pseudonymHash, String markedBy, Instant now) {
        this.chatId = Objects.requireNonNull(chatId, "chatId");
        this.lineCode = Objects.requireNonNull(lineCode, "lineCode");
        this.pseudonymHash = pseudonymHash.orElse(null);
        this.markedBy = Objects.requireNonNull(markedBy, "markedBy");
        this.markedAt = Objects.requireNonNull(now, "now");
        this.state = MarkState.PENDING;
        this.reviewNote = "";
        this.expiresAt = now.plus(REVIEW_WITHIN);
    }

    /**
     * The coordinator agrees: the pseudonym is marked for {@code days} days from now. The note is what the next
     * operator reads, so it is required.
     */
    public void accept(String by, String note, int days, Instant now) {
        String checked = checkedNote(note, true);
        if (days < 1 || days > MAX_DAYS) {
            throw Refusal.invalid("invalid-mark", Map.of("days", "Kies 1 tot " + MAX_DAYS + " dagen."));
        }
        requirePending();
        this.state = MarkState.ACCEPTED;
        review(by, checked, now);
        this.expiresAt = now.plus(Duration.ofDays(days));
    }

    /** The coordinator disagrees: the mark ends now and attaches to nothing. */
    public void reject(String by, String note, Instant now) {
        String checked = checkedNote(note, false);
        requirePending();
        this.state = MarkState.REJECTED;
        review(by, checked, now);
        this.expiresAt = now;
    }

    private void review(String by, String note, Instant now) {
        this.reviewedBy = Objects.requireNonNull(by, "by");
        this.reviewedAt = Objects.requireNonNull(now, "now");
        this.reviewNote = note;
    }

    private void requirePending() {
        if (state != MarkState.PENDING) {
            throw Refusal.conflict("already-reviewed", "Deze melding werd al beoordeeld (" + state.label() + ").");
        }
    }

    private static String checkedNote(String note, boolean required) {
        String checked = note == null ? "" : note.strip();
        if (required && checked.isEmpty()) {
            throw Refusal.invalid("invalid-mark", Map.of("note",
                    "Schrijf een korte notitie: die leest de operator die deze bezoeker opnieuw krijgt."));
        }
        if (checked.codePointCount(0, checked.length()) > MAX_NOTE) {
            throw Refusal.invalid("invalid-mark", Map.of("note", "De notitie is hoogstens " + MAX_NOTE + " tekens."));
        }
        return checked;
    }

    /** Whether this mark still counts for its pseudonym at {@code now}. */
    public boolean activeAt(Instant now) {
        return state == MarkState.ACCEPTED && expiresAt.isAfter(now);
    }

    /** Whether the mark is over (rejected, or expired reviewed or not): its pseudonym may be wiped. */
    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    public String chatId() {
        return chatId;
    }

    public String lineCode() {
        return lineCode;
    }

    public Optional<String> pseudonymHash() {
        return Optional.ofNullable(pseudonymHash);
    }

    public String markedBy() {
        return markedBy;
    }

    public Instant markedAt() {
        return markedAt;
    }

    public MarkState state() {
        return state;
    }

    public Optional<String> reviewedBy() {
        return Optional.ofNullable(reviewedBy);
    }

    public Optional<Instant> reviewedAt() {
        return Optional.ofNullable(reviewedAt);
    }

    public String reviewNote() {
        return reviewNote;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
