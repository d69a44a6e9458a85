package be.clbchat.admin.quality;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.line.LineService;
import be.clbchat.application.quality.ChatscanService;
import be.clbchat.application.registration.RegistrationService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.quality.Chatscan;
import be.clbchat.domain.quality.ChatscanScore;
import be.clbchat.domain.registration.Outcome;
import be.clbchat.domain.registration.Registration;
import be.clbchat.domain.registration.Theme;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One chatscan for its reviewer: the transcript (opening the page is the read the audit log writes down, as a
 * chatscan), the registration, and the feedback form — or, once sent, the feedback and the operator's answer.
 */
@Named
@ViewScoped
public class ChatscanReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One item of the form to fill in. */
    public record ItemRow(long id, String text, boolean scored) implements Serializable {
    }

    /** One item of feedback that was sent. */
    public record SentRow(String text, String score, String comment) implements Serializable {
    }

    @Inject
    private ChatscanService chatscans;

    @Inject
    private RegistrationService registrations;

    @Inject
    private LineService lines;

    @Inject
    private SecurityContext security;

    private long id;
    private boolean found;
    private String problem;
    private String operator;
    private String origin;
    private String requestNote;
    private String state;
    private boolean open;
    private boolean transcriptShown;
    private String transcriptProblem;
    private TranscriptLines.Header header;
    private List<TranscriptLines.Line> messages = List.of();
    private String registration;
    private List<ItemRow> items = List.of();
    private final Map<Long, Integer> scores = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();
    private String feedback;
    private List<SentRow> sent = List.of();
    private String sentBy;
    private String answer;

    public void load() {
        String caller = caller();
        try {
            ChatscanService.Review review = chatscans.review(caller, id);
            review.transcript().ifPresentOrElse(transcript -> {
                header = TranscriptLines.header(transcript, lineName(transcript.line()));
                messages = TranscriptLines.of(transcript);
                transcriptShown = true;
            }, () -> transcriptProblem = "De tekst van dit gesprek is gewist na de bewaartermijn; de feedback blijft.");
            show(review.chatscan());
            items = review.items().stream().map(item -> new ItemRow(item.id(), item.text(), item.scored())).toList();
            registration = registration(caller, review.chatscan().chatId());
            found = true;
        } catch (Refusal refusal) {
            problem = refusal.getMessage();
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private void show(Chatscan scan) {
        operator = scan.operator();
        origin = scan.origin().label();
        requestNote = scan.requestNote();
        state = scan.state().label();
        open = !scan.state().done();
        sentBy = scan.reviewer().orElse("");
        feedback = open ? feedback : scan.feedback();
        answer = scan.answer().orElse("");
        sent = scan.scores().stream().map(ChatscanReviewView::sent).toList();
    }

    private static SentRow sent(ChatscanScore score) {
        return new SentRow(score.itemText(), score.score().map(value -> value + "/5").orElse(""), score.comment());
    }

    private String registration(String caller, String chatId) {
        try {
            RegistrationService.Form form = registrations.form(caller, UUID.fromString(chatId));
            if (form.stored().isEmpty()) {
                return "Nog niet geregistreerd.";
            }
            Registration.Draft draft = form.stored().get().draft();
            Map<String, String> names = registrations.themes(true).stream()
                    .collect(Collectors.toMap(Theme::code, Theme::name));
            String themes = draft.themes().stream().map(code -> names.getOrDefault(code, code)).sorted()
                    .collect(Collectors.joining(", "));
            String outcomes = draft.outcomes().stream().map(Outcome::label).sorted()
                    .collect(Collectors.joining(", "));
            return (draft.clientType() == null ? "" : draft.clientType().label() + " · ")
                    + (themes.isEmpty() ? "geen thema" : themes) + (outcomes.isEmpty() ? "" : " · " + outcomes)
                    + (draft.note().isBlank() ? "" : " · notitie: " + draft.note());
        } catch (Refusal refusal) {
            return refusal.getMessage();
        }
    }

    public void send() {
        try {
            Chatscan scan = chatscans.send(caller(), id, scores, comments, feedback);
            show(scan);
            Messages.info("Feedback verstuurd naar " + scan.operator() + ".");
        } catch (Refusal refusal) {
            Messages.refused(refusal, "feedback-form", null);
        }
    }

    private String lineName(String code) {
        return lines.allLines().stream().filter(line -> line.code().equals(code)).map(Line::name).findFirst()
                .orElse(code);
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    public String getProblem() {
        return problem;
    }

    public String getOperator() {
        return operator;
    }

    public String getOrigin() {
        return origin;
    }

    public String getRequestNote() {
        return requestNote;
    }

    public String getState() {
        return state;
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isTranscriptShown() {
        return transcriptShown;
    }

    public String getTranscriptProblem() {
        return transcriptProblem;
    }

    public TranscriptLines.Header getHeader() {
        return header;
    }

    public List<TranscriptLines.Line> getMessages() {
        return messages;
    }

    public String getRegistration() {
        return registration;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public List<SentRow> getSent() {
        return sent;
    }

    public String getSentBy() {
        return sentBy;
    }

    public String getAnswer() {
        return answer;
    }
}
