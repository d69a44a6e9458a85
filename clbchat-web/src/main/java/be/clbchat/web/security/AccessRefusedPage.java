package be.clbchat.web.security;

import be.clbchat.domain.staff.StaffRoles;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The page for a 403: who you are logged in as, what your roles let you do instead, and log-out — rather than a bare
 * "no access" that leaves a coordinator who opened the operator console wondering.
 */
@WebServlet("/geen-toegang")
public class AccessRefusedPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.getStatus() == HttpServletResponse.SC_OK) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String who = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        String roles = StaffRoles.labelsOf(request::isUserInRole);
        StringBuilder may = new StringBuilder();
        if (request.isUserInRole(StaffRoles.COORDINATOR) || request.isUserInRole(StaffRoles.ADMIN)
                || request.isUserInRole(StaffRoles.CLB_ADMIN)) {
            may.append("<li><a href=\"/admin/\">Het beheer</a>")
                    .append(request.isUserInRole(StaffRoles.CLB_ADMIN) && !request.isUserInRole(StaffRoles.COORDINATOR)
                            ? ": de boxen en accounts van je CLB." : ": openingsuren, rooster, boxen, accounts.")
                    .append("</li>");
        }
        if (request.isUserInRole(StaffRoles.OPERATOR) || request.isUserInRole(StaffRoles.CLB_STAFF)
                || request.isUserInRole(StaffRoles.CLB_ADMIN)) {
            may.append("<li><a href=\"/operator/\">Chatten in de operatorconsole</a>.</li>");
        }
        may.append("<li><a href=\"/admin/wachtwoord.xhtml\">Je wachtwoord wijzigen</a>.</li>");
        String page = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Geen toegang – CLBch@t</title>\n<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n"
                + "<body>\n<header class=\"site-header\"><a class=\"brand\" href=\"/\">CLBch@t</a></header>\n"
                + "<main id=\"inhoud\">\n<h1>Deze pagina is niet voor jouw rol</h1>\n"
                + (who == null ? "<p>Je bent niet aangemeld.</p>\n"
                : "<p id=\"who\">Je bent aangemeld als <strong>" + html(who) + "</strong> ("
                + html(roles) + ").</p>\n"
                + "<h2>Wat je wel kan</h2>\n<ul id=\"what-you-may\">" + may + "</ul>\n"
                + "<form method=\"post\" action=\"/uitloggen\"><button class=\"button\" type=\"submit\">Afmelden"
                + "</button></form>\n")
                + "<p>Denk je dat je hier wel zou moeten kunnen? Vraag het aan de coördinatie.</p>\n"
                + "<p><a href=\"/\">Naar de startpagina</a></p>\n</main>\n</body>\n</html>\n";
        response.getWriter().write(page);
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
