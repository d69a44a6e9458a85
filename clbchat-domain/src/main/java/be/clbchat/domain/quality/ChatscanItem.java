package be.clbchat.domain.quality;

import be.clbchat.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;

/** One item of the chatscan's feedback form, as the coordinators keep it: scored 1-5 with a comment, or a comment. */
@Entity
@Table(name = "chatscan_item")
public class ChatscanItem {

    public static final int MAX_TEXT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "text", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "scored", nullable = false)
    private boolean scored;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ChatscanItem() {
    }

    public ChatscanItem(String text, boolean scored, int position, String by, Instant at) {
        this.text = checked(text);
        this.scored = scored;
        this.position = position;
        this.active = true;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The text of an item, trimmed; blank or too long is a 400 on the field "text". */
    public static String checked(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw Refusal.invalid("invalid-item", Map.of("text", "Schrijf wat er beoordeeld wordt."));
        }
        if (trimmed.length() > MAX_TEXT) {
            throw Refusal.invalid("invalid-item", Map.of("text", "Hou het onder " + MAX_TEXT + " tekens."));
        }
        return trimmed;
    }

    public void change(String newText, boolean newScored, String by, Instant at) {
        this.text = checked(newText);
        this.scored = newScored;
        this.changedBy = by;
        this.changedAt = at;
    }

    public void retire(String by, Instant at) {
        this.active = false;
        this.changedBy = by;
        this.changedAt = at;
    }

    public long id() {
        return id;
    }

    public String text() {
        return text;
    }

    public boolean scored() {
        return scored;
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }
}
