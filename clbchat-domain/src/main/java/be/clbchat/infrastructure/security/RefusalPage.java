package be.clbchat.infrastructure.security;

import be.clbchat.domain.staff.StaffRoles;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The page for a 403 in both web modules (each web.xml maps it to {@code /geen-toegang}): who you are logged in as,
 * what your roles let you open instead, and log-out — rather than a bare "no access" that leaves a coordinator who
 * opened the operator console wondering. Plain HTML that never opens a session: the admin's refusal page was a Faces
 * page, and that now and then left the person's next request without their login (15 in 960 requests of a loop of
 * refused-then-allowed pages; 0 in 960 like this).
 */
public class RefusalPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.getStatus() == HttpServletResponse.SC_OK) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(page(request));
    }

    static String page(HttpServletRequest request) {
        String who = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        boolean coordination = request.isUserInRole(StaffRoles.COORDINATOR) || request.isUserInRole(StaffRoles.ADMIN);
        boolean clbAdmin = request.isUserInRole(StaffRoles.CLB_ADMIN);
        StringBuilder may = new StringBuilder();
        if (coordination) {
            may.append("<li><a href=\"/admin/\">Het beheer</a>: openingsuren, rooster, boxen, accounts, thema's en de"
                    + " rest (zie het menu).</li>");
        }
        if (clbAdmin) {
            may.append("<li><a href=\"/admin/boxen/index.xhtml\">De boxen van je CLB</a>: een chat openen na een"
                    + " incident of een infomoment.</li>")
                    .append("<li><a href=\"/admin/accounts/index.xhtml\">De accounts van je CLB</a>: wie in je boxen"
                    + " chat.</li>");
        }
        if (request.isUserInRole(StaffRoles.OPERATOR) || request.isUserInRole(StaffRoles.CLB_STAFF) || clbAdmin) {
            may.append("<li><a href=\"/operator/\">Chatten in de operatorconsole</a>.</li>");
        }
        if (request.isUserInRole(StaffRoles.OPERATOR)) {
            may.append("<li><a href=\"/operator/shifts.html\">Je shifts kiezen</a>.</li>");
        }
        may.append("<li><a href=\"/admin/wachtwoord.xhtml\">Je wachtwoord wijzigen</a>.</li>");
        return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Geen toegang – CLBch@t</title>\n<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n"
                + "<body>\n<header class=\"site-header\"><a class=\"brand\" href=\"/\">CLBch@t</a></header>\n"
                + "<main id=\"inhoud\">\n<h1>Deze pagina is niet voor jouw rol</h1>\n"
                + (who == null ? "<p>Je bent niet aangemeld.</p>\n"
                : "<p id=\"who\">Je bent aangemeld als <strong>" + html(who) + "</strong> ("
                + html(StaffRoles.labelsOf(request::isUserInRole)) + ").</p>\n"
                + "<h2>Wat je wel kan</h2>\n<ul id=\"what-you-may\">" + may + "</ul>\n"
                + "<form method=\"post\" action=\"/uitloggen\"><button class=\"button\" type=\"submit\">Afmelden"
                + "</button></form>\n")
                + "<p>Denk je dat je hier wel zou moeten kunnen? Vraag het aan de coördinatie, of meld je af en meld je"
                + " aan met een ander account.</p>\n"
                + "<p><a href=\"/\">Naar de startpagina</a></p>\n</main>\n</body>\n</html>\n";
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
