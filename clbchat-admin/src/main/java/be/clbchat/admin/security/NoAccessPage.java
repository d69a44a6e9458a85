package be.clbchat.admin.security;

import be.clbchat.domain.staff.StaffRoles;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The page "Geen toegang" (403): who is logged in, with which roles, and what they can open instead. Plain HTML, not a
 * Faces page, and it never opens a session: rendered as a Faces page (with a form, so with a session), a refusal now
 * and then left the person's next request without their login (the sign-on cookie refused and removed, 3 to 6 in 100
 * refusals, measured with a loop of refused and allowed requests); without a session it did not.
 */
@WebServlet("/geen-toegang")
public class NoAccessPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response);
    }

    static void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html; charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        String context = request.getContextPath();
        String who = request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
        String roles = StaffRoles.labelsOf(request::isUserInRole);
        boolean coordination = request.isUserInRole(StaffRoles.COORDINATOR) || request.isUserInRole(StaffRoles.ADMIN);
        boolean clbAdmin = request.isUserInRole(StaffRoles.CLB_ADMIN);
        boolean chats = request.isUserInRole(StaffRoles.OPERATOR) || request.isUserInRole(StaffRoles.CLB_STAFF)
                || clbAdmin;
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"nl\"><head><meta charset=\"utf-8\"/>");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
        out.println("<title>Geen toegang – CLBch@t beheer</title>");
        out.println("<link rel=\"stylesheet\" href=\"" + context + "/jakarta.faces.resource/css/admin.css.xhtml\"/>");
        out.println("</head><body>");
        out.println("<header class=\"admin-header\">"
                + "<form class=\"admin-session\" method=\"post\" action=\"/uitloggen\">"
                + "<span class=\"admin-user\">" + html(who) + "</span> <a href=\"" + context + "/wachtwoord.xhtml\">"
                + "Wachtwoord</a> <button class=\"ui-button ui-widget ui-state-default ui-corner-all\" type=\"submit\">"
                + "Afmelden</button></form></header>");
        out.println("<main class=\"admin-main\" id=\"inhoud\">");
        out.println("<h1>Deze pagina is niet voor jouw rol</h1>");
        if (!who.isEmpty()) {
            out.println("<p id=\"who\">Je bent aangemeld als <strong>" + html(who) + "</strong> (" + html(roles)
                    + ").</p>");
        }
        out.println("<h2>Wat je wel kan</h2><ul id=\"what-you-may\">");
        if (coordination) {
            out.println("<li><a href=\"" + context + "/\">Het dashboard</a>: openingsuren, rooster, boxen, accounts,"
                    + " thema's en de rest van het beheer (zie het menu).</li>");
        }
        if (clbAdmin) {
            out.println("<li><a href=\"" + context + "/boxen/index.xhtml\">De boxen van je CLB</a>: een chat openen na"
                    + " een incident of een infomoment.</li>");
            out.println("<li><a href=\"" + context + "/accounts/index.xhtml\">De accounts van je CLB</a>: wie in je"
                    + " boxen chat.</li>");
            out.println("<li><a href=\"" + context + "/registraties/index.xhtml\">Gesprekken die nog geregistreerd"
                    + " moeten worden</a>.</li>");
        }
        if (chats) {
            out.println("<li><a href=\"/operator/\">Chatten in de operatorconsole</a>.</li>");
        }
        if (request.isUserInRole(StaffRoles.OPERATOR)) {
            out.println("<li><a href=\"/operator/shifts.html\">Je shifts kiezen</a>.</li>");
        }
        out.println("<li><a href=\"" + context + "/wachtwoord.xhtml\">Je wachtwoord wijzigen</a>.</li></ul>");
        out.println("<p>Denk je dat je hier wel zou moeten kunnen? Vraag het aan de coördinatie. Of meld je af"
                + " (bovenaan) en meld je aan met een ander account.</p>");
        out.println("</main></body></html>");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
