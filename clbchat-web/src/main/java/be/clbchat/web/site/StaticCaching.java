package be.clbchat.web.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How long a browser may keep what the site sends, so a phone does not fetch the chat page's files on every visit.
 * A stylesheet or script asked for with its build's version ({@code ?v=…}, written into the pages when the war is
 * built) never changes under that address: kept a year without asking. Everything else static — the pages
 * themselves, and the modules a script imports — is kept but checked first ({@code no-cache}): the server answers
 * 304 when it did not change, and a release is seen at once.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StaticCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String FOREVER = "public, max-age=31536000, immutable";
    static final String CHECK_FIRST = "no-cache";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/css/") || path.startsWith("/js/")) {
            response.setHeader("Cache-Control", request.getParameter("v") != null ? FOREVER : CHECK_FIRST);
        } else if (path.endsWith(".html") || path.endsWith("/")) {
            response.setHeader("Cache-Control", CHECK_FIRST);
        }
        chain.doFilter(request, response);
    }
}
