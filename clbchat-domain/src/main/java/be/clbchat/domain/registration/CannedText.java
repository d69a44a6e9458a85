package be.clbchat.domain.registration;

import be.clbchat.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A short text an operator inserts in a chat and edits before sending — a referral to a helpline, to the CLB. Kept by
 * the coordinators; retired instead of deleted.
 */
@Entity
@Table(name = "canned_text")
@NamedQuery(name = CannedText.ALL, query = "SELECT t FROM CannedText t ORDER BY t.position, t.title")
public class CannedText {

    public static final String ALL = "CannedText.all";
    public static final int MAX_TITLE = 80;
    public static final int MAX_BODY = 1000;
    public static final int MAX_TAGS = 200;

    /** What the form sends, checked field by field. */
    public record Draft(String title, String body, String tags) {

        public Draft check() {
            Map<String, String> wrong = new LinkedHashMap<>();
            String t = title == null ? "" : title.strip();
            String b = body == null ? "" : body.strip();
            String g = Arrays.stream((tags == null ? "" : tags).split(",")).map(String::strip)
                    .filter(tag -> !tag.isEmpty()).distinct().collect(Collectors.joining(", "));
            if (t.isEmpty() || t.length() > MAX_TITLE) {
                wrong.put("title", "Geef een titel van 1 tot " + MAX_TITLE + " tekens.");
            }
            if (b.isEmpty() || b.length() > MAX_BODY) {
                wrong.put("body", "Geef een tekst van 1 tot " + MAX_BODY + " tekens.");
            }
            if (g.length() > MAX_TAGS) {
                wrong.put("tags", "De trefwoorden zijn samen hoogstens " + MAX_TAGS + " tekens.");
            }
            if (!wrong.isEmpty()) {
                throw Refusal.invalid("invalid-canned-text", wrong);
            }
            return new Draft(t, b, g);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "tags", nullable = false, length = MAX_TAGS)
    private String tags;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CannedText() {
        // for JPA
    }

    public CannedText(Draft checked, int position, String by, Instant at) {
        this.position = position;
        this.active = true;
        change(checked, by, at);
    }

    public void change(Draft checked, String by, Instant at) {
        this.title = checked.title();
        this.body = checked.body();
        this.tags = checked.tags();
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public void setActive(boolean active, String by, Instant at) {
        this.active = active;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** Whether every word of {@code query} is in the title, the text or the tags (case and accents as typed). */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = (title + " " + body + " " + tags).toLowerCase(Locale.ROOT);
        return Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(haystack::contains);
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public List<String> tags() {
        return tags.isEmpty() ? List.of() : List.of(tags.split(", "));
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }
}
