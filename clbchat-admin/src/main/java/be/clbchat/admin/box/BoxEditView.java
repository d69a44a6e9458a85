package be.clbchat.admin.box;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.box.BoxService;
import be.clbchat.application.box.DefaultBoxService;
import be.clbchat.application.clb.ClbService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.box.Box;
import be.clbchat.domain.box.BoxPurpose;
import be.clbchat.domain.box.BoxState;
import be.clbchat.domain.box.BoxWindow;
import be.clbchat.domain.chat.Coded;
import be.clbchat.domain.chat.VisitorRole;
import be.clbchat.domain.clb.Slug;
import be.clbchat.infrastructure.qr.QrImages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * One box for its CLB's admin: what it says, its windows (with a calendar to see them), its team, publishing and
 * archiving, and what the CLB needs to spread the word (address, QR code, snippet for its website). A box of another
 * CLB is "niet gevonden", with status 404, as one that does not exist.
 */
@Named
@ViewScoped
public class BoxEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One window in the form, in Brussels local time. */
    public static class WindowRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDateTime start;
        private LocalDateTime end;

        public WindowRow() {
        }

        WindowRow(LocalDateTime start, LocalDateTime end) {
            this.start = start;
            this.end = end;
        }

        public LocalDateTime getStart() {
            return start;
        }

        public void setStart(LocalDateTime start) {
            this.start = start;
        }

        public LocalDateTime getEnd() {
            return end;
        }

        public void setEnd(LocalDateTime end) {
            this.end = end;
        }
    }

    /** Someone who may be in the team. */
    public record Candidate(String username, String name) implements Serializable {
    }

    @Inject
    private BoxService boxes;

    @Inject
    private ClbService clbs;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    private String clb;
    private String box;
    private boolean found;
    private String clbName;
    private String title;
    private String slug;
    private String purpose = BoxPurpose.INFORMATION.code();
    private List<String> audience = new ArrayList<>(List.of(VisitorRole.PUPIL.code(), VisitorRole.PARENT.code()));
    private String intro;
    private List<WindowRow> windows = new ArrayList<>();
    private List<String> team = new ArrayList<>();
    private List<Candidate> candidates = List.of();
    private String state = BoxState.DRAFT.code();
    private String publicUrl;
    private String lastChange;
    private boolean openNow;

    /** f:viewAction: the stored box, or an empty form for a new box of the CLB. */
    public void load() {
        String caller = caller();
        try {
            clbName = clbs.clb(caller, clb).name();
            candidates = boxes.teamCandidates(caller, clb).stream()
                    .map(account -> new Candidate(account.username().value(), account.displayName())).toList();
            if (box == null || box.isBlank()) {
                box = null;
                found = true;
                if (windows.isEmpty()) {
                    LocalDateTime start = LocalDateTime.now(clock.withZone(DefaultBoxService.ZONE))
                            .truncatedTo(ChronoUnit.HOURS).plusHours(1);
                    windows.add(new WindowRow(start, start.plusHours(2)));
                }
                return;
            }
            fill(boxes.box(caller, clb, box));
            found = true;
        } catch (Refusal notYours) {
            found = false;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            Messages.refused(notYours, null);
        }
    }

    private void fill(BoxService.BoxView view) {
        Box stored = view.box();
        box = stored.code();
        title = stored.title();
        slug = stored.slug();
        purpose = stored.purpose().code();
        audience = new ArrayList<>(stored.audience().stream().map(VisitorRole::code).toList());
        intro = stored.intro();
        windows = new ArrayList<>(stored.windows().stream().map(window -> new WindowRow(
                window.start().atZone(DefaultBoxService.ZONE).toLocalDateTime(),
                window.end().atZone(DefaultBoxService.ZONE).toLocalDateTime())).toList());
        team = new ArrayList<>(view.team());
        state = stored.state().code();
        openNow = stored.openAt(clock.instant());
        lastChange = BoxesView.SHOWN.format(stored.changedAt().atZone(DefaultBoxService.ZONE)) + " door "
                + stored.changedBy();
        publicUrl = PublicAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest(), stored);
    }

    public void save() {
        store(null, "De box is bewaard.");
    }

    public void publish() {
        store(BoxState.PUBLISHED, "De box is gepubliceerd: hij is open in zijn tijdvensters.");
    }

    public void archive() {
        store(BoxState.ARCHIVED, "De box is gearchiveerd: zijn pagina verwijst nu naar CLBch@t.");
    }

    public void toDraft() {
        store(BoxState.DRAFT, "De box is weer een concept: zijn pagina is niet meer te zien.");
    }

    private void store(BoxState target, String done) {
        if (!found) {
            return;
        }
        suggestSlug();
        Box.Draft draft = new Box.Draft(title, slug, Coded.fromCode(BoxPurpose.class, purpose).orElse(null),
                roles(), intro, windows.stream().map(row -> BoxWindow.local(row.start, row.end,
                        DefaultBoxService.ZONE)).toList());
        try {
            BoxService.BoxView saved = box == null
                    ? boxes.create(caller(), clb, draft, new LinkedHashSet<>(team), target)
                    : boxes.change(caller(), clb, box, draft, new LinkedHashSet<>(team), target);
            fill(saved);
            Messages.info(done);
        } catch (Refusal refusal) {
            Messages.refused(refusal, "box-form", null);
        }
    }

    private Set<VisitorRole> roles() {
        Set<VisitorRole> roles = new LinkedHashSet<>();
        audience.forEach(code -> Coded.fromCode(VisitorRole.class, code).ifPresent(roles::add));
        return roles;
    }

    public void addWindow() {
        LocalDateTime start = windows.isEmpty() || windows.get(windows.size() - 1).start == null
                ? LocalDateTime.now(clock.withZone(DefaultBoxService.ZONE)).truncatedTo(ChronoUnit.HOURS).plusHours(1)
                : windows.get(windows.size() - 1).start.plusDays(1);
        windows.add(new WindowRow(start, start.plusHours(2)));
    }

    public void removeWindow(int index) {
        if (index >= 0 && index < windows.size()) {
            windows.remove(index);
        }
    }

    /** Makes the address from the title when it was left empty. */
    private void suggestSlug() {
        if (slug == null || slug.isBlank()) {
            slug = Slug.suggest(title).map(Slug::value).orElse(slug);
        }
    }

    /** The windows in a calendar (Brussels wall-clock times, drawn as UTC so every browser shows those hours). */
    public ScheduleModel getCalendar() {
        ScheduleModel model = new DefaultScheduleModel();
        for (WindowRow row : windows) {
            if (row.start != null && row.end != null && row.end.isAfter(row.start)) {
                model.addEvent(DefaultScheduleEvent.builder().title(title == null ? "Box" : title)
                        .startDate(row.start).endDate(row.end).styleClass("box-window").build());
            }
        }
        return model;
    }

    /** Where the calendar opens: at the first window still to come, else today. */
    public java.time.LocalDate getCalendarStart() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(DefaultBoxService.ZONE));
        return windows.stream().filter(row -> row.end != null && row.end.isAfter(now)).map(row -> row.start)
                .filter(java.util.Objects::nonNull).findFirst().orElse(now).toLocalDate();
    }

    public String getQrSvg() {
        if (publicUrl == null) {
            return "";
        }
        String svg = QrImages.svg(publicUrl);
        return svg.substring(svg.indexOf("<svg"));
    }

    /** A snippet for the CLB's website: a link (and the QR code's address) that works without any script. */
    public String getSnippet() {
        if (publicUrl == null) {
            return "";
        }
        return "<a href=\"" + publicUrl + "\" style=\"display:inline-block;padding:.75em 1.25em;background:#4b2a83;"
                + "color:#fff;border-radius:.5em;font-weight:700;text-decoration:none\">"
                + escape(title) + ": chat anoniem met ons CLB</a>";
    }

    public List<PurposeChoice> getPurposes() {
        return Arrays.stream(BoxPurpose.values()).map(p -> new PurposeChoice(p.code(), p.label())).toList();
    }

    /** A purpose in the menu. */
    public record PurposeChoice(String code, String label) implements Serializable {
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public boolean isNew() {
        return box == null;
    }

    public boolean isFound() {
        return found;
    }

    public String getStateLabel() {
        return Coded.fromCode(BoxState.class, state).map(BoxState::label).orElse(state);
    }

    public String getClb() {
        return clb;
    }

    public void setClb(String clb) {
        this.clb = clb;
    }

    public String getBox() {
        return box;
    }

    public void setBox(String box) {
        this.box = box;
    }

    public String getClbName() {
        return clbName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public List<String> getAudience() {
        return audience;
    }

    public void setAudience(List<String> audience) {
        this.audience = audience == null ? new ArrayList<>() : new ArrayList<>(audience);
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public List<WindowRow> getWindows() {
        return windows;
    }

    public List<String> getTeam() {
        return team;
    }

    public void setTeam(List<String> team) {
        this.team = team == null ? new ArrayList<>() : new ArrayList<>(team);
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public String getState() {
        return state;
    }

    public boolean isPublished() {
        return BoxState.PUBLISHED.code().equals(state);
    }

    public boolean isArchived() {
        return BoxState.ARCHIVED.code().equals(state);
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public String getLastChange() {
        return lastChange;
    }

    public boolean isOpenNow() {
        return openNow;
    }
}
