package be.clbchat.admin.quality;

import be.clbchat.application.line.LineService;
import be.clbchat.application.quality.TranscriptService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.Coded;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.quality.TranscriptReason;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One ended chat's transcript, for whoever may read it: a coordinator for a fake-call review, a CLB's admin for a
 * chat of their own boxes ({@code ?chat=…&reden=…}). Opening the page is the read the audit log writes down, once per
 * opening; what one may not read is "Niet gevonden" with a 404, and writes nothing.
 */
@Named
@ViewScoped
public class TranscriptView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TranscriptService transcripts;

    @Inject
    private LineService lines;

    @Inject
    private SecurityContext security;

    private String chat;
    private String reason;
    private boolean found;
    private String problem;
    private TranscriptLines.Header header;
    private List<TranscriptLines.Line> messages = List.of();

    public void load() {
        try {
            UUID id;
            try {
                id = UUID.fromString(chat == null ? "" : chat.strip());
            } catch (IllegalArgumentException e) {
                throw Refusal.notFound("unknown-chat", "Dit gesprek bestaat niet of is niet van jou om te lezen.");
            }
            Optional<TranscriptReason> asked = Optional.ofNullable(reason).filter(text -> !text.isBlank())
                    .flatMap(code -> Coded.fromCode(TranscriptReason.class, code));
            TranscriptService.Transcript transcript = transcripts.read(security.getCallerPrincipal().getName(), id,
                    asked);
            String lineName = lines.allLines().stream().filter(line -> line.code().equals(transcript.line()))
                    .map(Line::name).findFirst().orElse(transcript.line());
            header = TranscriptLines.header(transcript, lineName);
            messages = TranscriptLines.of(transcript);
            found = true;
        } catch (Refusal refusal) {
            problem = refusal.getMessage();
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public String getChat() {
        return chat;
    }

    public void setChat(String chat) {
        this.chat = chat;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isFound() {
        return found;
    }

    public String getProblem() {
        return problem;
    }

    public TranscriptLines.Header getHeader() {
        return header;
    }

    public List<TranscriptLines.Line> getMessages() {
        return messages;
    }
}
