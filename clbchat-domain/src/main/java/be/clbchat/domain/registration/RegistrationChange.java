package be.clbchat.domain.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One change of a registration: who, when, and what it said afterwards. */
@Entity
@Table(name = "chat_registration_change")
@NamedQuery(name = RegistrationChange.OF_CHAT,
        query = "SELECT c FROM RegistrationChange c WHERE c.chatId = :chat AND c.part = :part"
                + " ORDER BY c.changedAt, c.id")
public class RegistrationChange {

    public static final String OF_CHAT = "RegistrationChange.ofChat";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "chat_id", nullable = false, length = 36)
    private String chatId;

    @Column(name = "part", nullable = false)
    private int part;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "summary", nullable = false, length = 1000)
    private String summary;

    protected RegistrationChange() {
        // for JPA
    }

    public RegistrationChange(String chatId, String changedBy, Instant changedAt, String summary) {
        this(chatId, 1, changedBy, changedAt, summary);
    }

    /** A change of the registration of part {@code part} of the chat. */
    public RegistrationChange(String chatId, int part, String changedBy, Instant changedAt, String summary) {
        this.part = part;
        this.chatId = Objects.requireNonNull(chatId, "chatId");
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
        this.summary = summary.length() > 1000 ? summary.substring(0, 1000) : summary;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String summary() {
        return summary;
    }
}
