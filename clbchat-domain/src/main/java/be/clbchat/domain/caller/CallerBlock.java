package be.clbchat.domain.caller;

import be.clbchat.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A coordinator's block of one pseudonym for a period: that browser gets a kind, neutral message with other helplines
 * instead of a chat. It ends by itself, or earlier when lifted.
 */
@Entity
@Table(name = "caller_block")
public class CallerBlock {

    public static final int DEFAULT_DAYS = 14;
    public static final int MAX_DAYS = 90;
    public static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "pseudonym_hash", length = 64)
    private String pseudonymHash;

    @Column(name = "chat_id", nullable = false, length = 36)
    private String chatId;

    @Column(name = "blocked_by", nullable = false, length = 64)
    private String blockedBy;

    @Column(name = "blocked_at", nullable = false)
    private Instant blockedAt;

    @Column(name = "until", nullable = false)
    private Instant until;

    @Column(name = "note", nullable = false, length = MAX_NOTE)
    private String note;

    @Column(name = "lifted_by", length = 64)
    private String liftedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    protected CallerBlock() {
        // for JPA
    }

    /** Blocks the pseudonym of chat {@code chatId} for {@code days} days from now. */
    public CallerBlock(String pseudonymHash, String chatId, String by, int days, String note, Instant now) {
        if (days < 1 || days > MAX_DAYS) {
            throw Refusal.invalid("invalid-block", Map.of("days", "Kies 1 tot " + MAX_DAYS + " dagen."));
        }
        String checked = note == null ? "" : note.strip();
        if (checked.codePointCount(0, checked.length()) > MAX_NOTE) {
            throw Refusal.invalid("invalid-block", Map.of("note", "De notitie is hoogstens " + MAX_NOTE + " tekens."));
        }
        this.pseudonymHash = Objects.requireNonNull(pseudonymHash, "pseudonymHash");
        this.chatId = Objects.requireNonNull(chatId, "chatId");
        this.blockedBy = Objects.requireNonNull(by, "by");
        this.blockedAt = Objects.requireNonNull(now, "now");
        this.until = now.plus(Duration.ofDays(days));
        this.note = checked;
    }

    /** Ends the block now. */
    public void lift(String by, Instant now) {
        if (!activeAt(now)) {
            throw Refusal.conflict("block-over", "Deze blokkade is al voorbij.");
        }
        this.liftedBy = Objects.requireNonNull(by, "by");
        this.liftedAt = Objects.requireNonNull(now, "now");
    }

    public boolean activeAt(Instant now) {
        return liftedAt == null && until.isAfter(now);
    }

    public long id() {
        return id;
    }

    public Optional<String> pseudonymHash() {
        return Optional.ofNullable(pseudonymHash);
    }

    public String chatId() {
        return chatId;
    }

    public String blockedBy() {
        return blockedBy;
    }

    public Instant blockedAt() {
        return blockedAt;
    }

    public Instant until() {
        return until;
    }

    public String note() {
        return note;
    }

    public Optional<String> liftedBy() {
        return Optional.ofNullable(liftedBy);
    }

    public Optional<Instant> liftedAt() {
        return Optional.ofNullable(liftedAt);
    }
}
