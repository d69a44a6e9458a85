package be.clbchat.web.box;

import be.clbchat.application.box.BoxService;
import be.clbchat.application.box.DefaultBoxService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.box.Box;
import be.clbchat.domain.box.BoxState;
import be.clbchat.domain.opening.OpeningStatus;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The public page of a chat-met-je-CLB box, {@code /clb/{clb}/{box}}: what the box is for, whether it is open now and
 * until when (or when it opens next), and the way into the chat. Drawn on the server, so it reads without
 * JavaScript on any phone; a draft, or an address that does not exist, is the site's "not found" page.
 */
@WebServlet("/clb/*")
public class BoxPage extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([a-z0-9-]{2,60})/([a-z0-9-]{2,60})/?");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DUTCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", DUTCH);

    @Inject
    private BoxService boxes;

    private String template;

    @Override
    public void init() throws ServletException {
        try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/box-page.html")) {
            if (in == null) {
                throw new ServletException("WEB-INF/box-page.html is missing from the war");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BoxService.PublicBox found;
        try {
            found = boxes.publicBox(path.group(1), path.group(2));
        } catch (Refusal refusal) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache"); // "open now" must be true when it is read
        response.getWriter().write(render(template, found, ZonedDateTime.now(DefaultBoxService.ZONE)));
    }

    static String render(String template, BoxService.PublicBox found, ZonedDateTime now) {
        Box box = found.box();
        String clb = found.clb().name();
        String audience = box.audienceText();
        return fill(template, Map.of(
                "title", escape(box.title()),
                "clb", escape(clb),
                "description", escape("Chat anoniem met " + clb + ": " + box.title()),
                "intro", paragraphs(box.intro()),
                "audience", escape(audience),
                "state", box.state().code(),
                "status", escape(status(box, found.status(), now)),
                "action", action(box, found.status())));
    }

    static String status(Box box, OpeningStatus status, ZonedDateTime now) {
        if (box.state() == BoxState.ARCHIVED) {
            return "Deze chat is afgelopen. Je kan nog altijd terecht bij CLBch@t.";
        }
        if (status.open()) {
            return status.closesAt().map(end -> "Nu open, tot " + when(end, now) + ".").orElse("Nu open.");
        }
        return status.nextOpening().map(next -> "Nu gesloten. Deze chat opent " + when(next, now) + ".")
                .orElse("Nu gesloten, en er is geen nieuw moment gepland. Je kan terecht bij CLBch@t.");
    }

    /** "21:00" today, "morgen om 19:00", else "dinsdag 8 december om 19:00". */
    static String when(ZonedDateTime moment, ZonedDateTime now) {
        ZonedDateTime local = moment.withZoneSameInstant(DefaultBoxService.ZONE);
        LocalDate today = now.withZoneSameInstant(DefaultBoxService.ZONE).toLocalDate();
        if (local.toLocalDate().equals(today)) {
            return TIME.format(local);
        }
        if (local.toLocalDate().equals(today.plusDays(1))) {
            return "morgen om " + TIME.format(local);
        }
        return DAY.format(local) + " om " + TIME.format(local);
    }

    private static String action(Box box, OpeningStatus status) {
        if (box.state() == BoxState.PUBLISHED && status.open()) {
            return "<a class=\"button start-chat\" id=\"box-start\" href=\"/chat.html?lijn=" + box.lineCode()
                    + "\">Start een gesprek</a>";
        }
        return "<a class=\"button button-secondary\" id=\"box-clbchat\" href=\"/\">Naar CLBch@t</a>";
    }

    private static String paragraphs(String intro) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : intro.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p class=\"lead\">").append(escape(paragraph.strip()).replaceAll("\\R", "<br>"))
                        .append("</p>\n    ");
            }
        }
        return html.toString();
    }

    private static String fill(String template, Map<String, String> values) {
        String page = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            page = page.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return page;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
