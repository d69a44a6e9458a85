package be.clbchat.domain.quality;

import be.clbchat.domain.Refusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One chat under review for the chatscan: drawn for its operator's period or asked for by the operator. A reviewer
 * sends feedback once (a score and comment per item of the form, and free text); the operator can answer once.
 */
@Entity
@Table(name = "chatscan")
public class Chatscan {

    public static final int MAX_FEEDBACK = 4000;
    public static final int MAX_ANSWER = 2000;
    public static final int MAX_NOTE = 500;

    /** What a reviewer fills in for one item: a score 1-5 (for a scored item) and a comment. */
    public record ItemFeedback(ChatscanItem item, Integer score, String comment) {
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

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 10, updatable = false)
    private ChatscanOrigin origin;

    @Column(name = "request_note", nullable = false, length = MAX_NOTE)
    private String requestNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private ChatscanState state;

    @Column(name = "reviewer", length = 64)
    private String reviewer;

    @Column(name = "feedback", nullable = false, length = MAX_FEEDBACK)
    private String feedback;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "answer", length = MAX_ANSWER)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "chatscan_score", joinColumns = @JoinColumn(name = "chatscan_id"))
    @OrderBy("position")
    private List<ChatscanScore> scores = new ArrayList<>();

    protected Chatscan() {
    }

    public Chatscan(String chatId, String lineCode, String operator, ChatscanPeriod period, ChatscanOrigin origin,
                    String requestNote, Instant now) {
        this.chatId = Objects.requireNonNull(chatId, "chatId");
        this.lineCode = Objects.requireNonNull(lineCode, "lineCode");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.periodStart = period.start();
        this.origin = Objects.requireNonNull(origin, "origin");
        this.requestNote = checkedNote(requestNote);
        this.createdAt = now;
        this.state = ChatscanState.OPEN;
        this.feedback = "";
    }

    private static String checkedNote(String note) {
        String trimmed = note == null ? "" : note.strip();
        if (trimmed.length() > MAX_NOTE) {
            throw Refusal.invalid("invalid-request", Map.of("note", "Hou je vraag onder " + MAX_NOTE + " tekens."));
        }
        return trimmed;
    }

    /**
     * Sends the feedback: every scored item needs a score 1-5; comments and free text within their length. Refused
     * when it was sent already (by someone else meanwhile, say). Nothing changes when a field is wrong.
     */
    public void send(String by, List<ItemFeedback> items, String freeText, Instant now) {
        if (state != ChatscanState.OPEN) {
            throw Refusal.conflict("chatscan-sent", "Deze feedback werd al verstuurd" + (reviewer == null ? ""
                    : " door " + reviewer) + ".");
        }
        Map<String, String> wrong = new LinkedHashMap<>();
        List<ChatscanScore> checked = new ArrayList<>();
        for (ItemFeedback given : items) {
            ChatscanItem item = given.item();
            String comment = given.comment() == null ? "" : given.comment().strip();
            String field = "item-" + item.id();
            if (item.scored() && (given.score() == null || given.score() < 1 || given.score() > 5)) {
                wrong.put(field, "Geef \"" + item.text() + "\" een score van 1 tot 5.");
            } else if (!item.scored() && given.score() != null) {
                wrong.put(field, "\"" + item.text() + "\" krijgt geen score, alleen een opmerking.");
            } else if (comment.length() > ChatscanScore.MAX_COMMENT) {
                wrong.put(field, "Hou de opmerking bij \"" + item.text() + "\" onder " + ChatscanScore.MAX_COMMENT
                        + " tekens.");
            }
            checked.add(new ChatscanScore(item.position(), item.text(), item.scored() ? given.score() : null, comment));
        }
        String text = freeText == null ? "" : freeText.strip();
        if (text.length() > MAX_FEEDBACK) {
            wrong.put("feedback", "Hou de feedback onder " + MAX_FEEDBACK + " tekens.");
        }
        if (checked.isEmpty() && text.isEmpty()) {
            wrong.put("feedback", "Schrijf feedback voor de operator.");
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalid("invalid-feedback", wrong);
        }
        scores.clear();
        scores.addAll(checked);
        feedback = text;
        reviewer = by;
        sentAt = now;
        state = ChatscanState.SENT;
    }

    /** The operator's one answer to the feedback. */
    public void answer(String by, String text, Instant now) {
        if (!operator.equals(by)) {
            throw Refusal.notFound("unknown-chatscan", "Deze feedback bestaat niet of is niet voor jou.");
        }
        if (state == ChatscanState.OPEN) {
            throw Refusal.conflict("chatscan-not-sent", "Er is nog geen feedback om op te antwoorden.");
        }
        if (state == ChatscanState.ANSWERED) {
            throw Refusal.conflict("chatscan-answered", "Je antwoordde al op deze feedback.");
        }
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw Refusal.invalid("invalid-answer", Map.of("answer", "Schrijf je antwoord."));
        }
        if (trimmed.length() > MAX_ANSWER) {
            throw Refusal.invalid("invalid-answer", Map.of("answer", "Hou je antwoord onder " + MAX_ANSWER
                    + " tekens."));
        }
        answer = trimmed;
        answeredAt = now;
        state = ChatscanState.ANSWERED;
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

    public String operator() {
        return operator;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public ChatscanOrigin origin() {
        return origin;
    }

    public String requestNote() {
        return requestNote;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public ChatscanState state() {
        return state;
    }

    public Optional<String> reviewer() {
        return Optional.ofNullable(reviewer);
    }

    public String feedback() {
        return feedback;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public List<ChatscanScore> scores() {
        return List.copyOf(scores);
    }
}
