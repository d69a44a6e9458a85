package be.clbchat.admin.registration;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.registration.RegistrationService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.registration.CannedText;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;

/** The coordinators' canned texts: the short referrals operators insert in a chat. */
@Named
@ViewScoped
public class CannedTextsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One text in the table. */
    public record Row(long id, String title, String body, String tags, boolean active) implements Serializable {
    }

    @Inject
    private RegistrationService registrations;

    @Inject
    private SecurityContext security;

    private List<Row> rows;
    private Long editing;
    private String title;
    private String body;
    private String tags;

    @PostConstruct
    void load() {
        rows = registrations.cannedTexts("", true).stream().map(text -> new Row(text.id(), text.title(), text.body(),
                String.join(", ", text.tags()), text.active())).toList();
    }

    public void edit(long id) {
        rows.stream().filter(row -> row.id() == id).findFirst().ifPresent(row -> {
            editing = row.id();
            title = row.title();
            body = row.body();
            tags = row.tags();
        });
    }

    public void startNew() {
        editing = null;
        title = null;
        body = null;
        tags = null;
    }

    public void save() {
        try {
            CannedText saved = registrations.saveCannedText(caller(), editing, new CannedText.Draft(title, body, tags));
            Messages.info("Standaardtekst bewaard: " + saved.title() + ".");
            startNew();
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "text-form", null);
        }
    }

    public void setActive(long id, boolean active) {
        try {
            registrations.setCannedTextActive(caller(), id, active);
            Messages.info(active ? "De tekst wordt weer aangeboden." : "De tekst wordt niet meer aangeboden.");
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, null);
        }
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }
}
