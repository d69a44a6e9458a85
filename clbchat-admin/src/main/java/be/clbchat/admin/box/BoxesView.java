package be.clbchat.admin.box;

import be.clbchat.application.box.BoxService;
import be.clbchat.application.box.DefaultBoxService;
import be.clbchat.application.clb.ClbService;
import be.clbchat.domain.box.BoxWindow;
import be.clbchat.domain.clb.Clb;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The boxes a person may see: a CLB admin their own CLB's, the coordination team every CLB's, with which are open now
 * and how many chats each had. Scoped by {@link BoxService#overview}, not by this page.
 */
@Named
@ViewScoped
public class BoxesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm",
            Locale.forLanguageTag("nl-BE"));

    /** One row of the table. */
    public record Row(String clb, String clbName, String code, String title, String state, String stateLabel,
                      boolean openNow, String nextWindow, long chats) implements Serializable {
    }

    /** A CLB a new box can be made for. */
    public record ClbChoice(String code, String name) implements Serializable {
    }

    @Inject
    private BoxService boxes;

    @Inject
    private ClbService clbs;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    private List<Row> rows;
    private List<ClbChoice> clbChoices;
    private String newFor;

    @PostConstruct
    void load() {
        String caller = security.getCallerPrincipal().getName();
        Instant now = clock.instant();
        rows = boxes.overview(caller).stream().map(row -> new Row(row.clb().code(), row.clb().name(),
                row.box().code(), row.box().title(), row.box().state().code(), row.box().state().label(),
                row.openNow(), row.box().currentOrNext(now).map(BoxesView::window).orElse("geen"),
                row.chats())).toList();
        clbChoices = clbs.clbs(caller).stream().filter(Clb::active)
                .map(clb -> new ClbChoice(clb.code(), clb.name())).toList();
        if (clbChoices.size() == 1) {
            newFor = clbChoices.get(0).code();
        }
    }

    static String window(BoxWindow window) {
        return SHOWN.format(window.start().atZone(DefaultBoxService.ZONE)) + " – "
                + SHOWN.format(window.end().atZone(DefaultBoxService.ZONE));
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getOpenCount() {
        return rows.stream().filter(Row::openNow).count();
    }

    public List<ClbChoice> getClbChoices() {
        return clbChoices;
    }

    public String getNewFor() {
        return newFor;
    }

    public void setNewFor(String newFor) {
        this.newFor = newFor;
    }

    /** To the form for a new box of the chosen CLB. */
    public String create() {
        return "/boxen/bewerk?faces-redirect=true&clb=" + java.net.URLEncoder.encode(
                newFor == null ? "" : newFor, java.nio.charset.StandardCharsets.UTF_8);
    }
}
