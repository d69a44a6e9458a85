package be.clbchat.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One line of the audit log: someone read a chat's transcript. Written once, never changed (the table refuses it). */
@Entity
@Table(name = "transcript_read")
public class TranscriptRead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "chat_id", nullable = false, length = 36, updatable = false)
    private String chatId;

    @Column(name = "line_code", nullable = false, length = 40, updatable = false)
    private String lineCode;

    @Column(name = "reader", nullable = false, length = 64, updatable = false)
    private String reader;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 20, updatable = false)
    private TranscriptReason reason;

    protected TranscriptRead() {
    }

    public TranscriptRead(String chatId, String lineCode, String reader, Instant readAt, TranscriptReason reason) {
        this.chatId = Objects.requireNonNull(chatId, "chatId");
        this.lineCode = Objects.requireNonNull(lineCode, "lineCode");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.readAt = Objects.requireNonNull(readAt, "readAt");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public long id() {
        return id;
    }

    public String chatId() {
        return chatId;
    }

    public String lineCode() {
        return lineCode;
    }

    public String reader() {
        return reader;
    }

    public Instant readAt() {
        return readAt;
    }

    public TranscriptReason reason() {
        return reason;
    }
}
