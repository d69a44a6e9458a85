package be.clbchat.domain.support;

import be.clbchat.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A short message of a supporter to the operator they support, inside the chat pane. Stored apart from the chat's
 * messages (table support_whisper): it is never sent to the visitor nor part of anything the visitor sees, and it goes
 * with the transcript when that is deleted.
 */
@Entity
@Table(name = "support_whisper")
public class Whisper {

    public static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "chat_id", nullable = false, length = 36, updatable = false)
    private String chatId;

    @Column(name = "author", nullable = false, length = 64, updatable = false)
    private String author;

    @Column(name = "author_name", nullable = false, length = 64, updatable = false)
    private String authorName;

    @Column(name = "text", nullable = false, length = MAX_TEXT, updatable = false)
    private String text;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected Whisper() {
    }

    Whisper(Long requestId, String chatId, String author, String authorName, String text, Instant sentAt) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.chatId = chatId;
        this.author = author;
        this.authorName = authorName;
        this.text = checked(text);
        this.sentAt = sentAt;
    }

    /** Short and not blank: a 400 otherwise. */
    static String checked(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw Refusal.invalid("invalid-field", "\"text\" is leeg: schrijf wat je wil fluisteren.");
        }
        if (trimmed.length() > MAX_TEXT) {
            throw Refusal.invalid("too-long", "Een fluistering is kort: hoogstens " + MAX_TEXT + " tekens.");
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public Long requestId() {
        return requestId;
    }

    public String chatId() {
        return chatId;
    }

    public String author() {
        return author;
    }

    public String authorName() {
        return authorName;
    }

    public String text() {
        return text;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
