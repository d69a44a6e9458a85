package be.clbchat.web.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * How long a browser may keep what the site sends, so a phone does not fetch the chat page's files on every visit.
 * A stylesheet or script asked for with its build's version ({@code ?v=…}, written into the pages when the war is
 * built) never changes under that address: kept a year without asking. Everything else static — the pages
 * themselves, and the modules a script imports — is kept but checked first ({@code no-cache}): the server answers
 * 304 when it did not change, and a release is seen at once. Stylesheets and scripts carry a short security policy
 * of their own rather than the pages' one.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StaticCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String FOREVER = "public, max-age=31536000, immutable";
    static final String CHECK_FIRST = "no-cache";
    static final String PRIVATE = "private, no-cache";
    static final String FILE_POLICY = "default-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/css/") || path.startsWith("/js/")) {
            response.setHeader("Cache-Control", request.getParameter("v") != null ? FOREVER : CHECK_FIRST);
            // A stylesheet or script is not a page: the page's policy is what governs it. Opened on its own it may
            // run and load nothing; this short policy takes the place of the pages' long one (server.xml sets that
            // one only where none is set), some 200 bytes less on each of a phone's first requests.
            response.setHeader("Content-Security-Policy", FILE_POLICY);
        } else if (path.startsWith("/operator/") || request.getUserPrincipal() != null) {
            response.setHeader("Cache-Control", PRIVATE); // a staff page: never in a shared cache
        } else if (path.endsWith(".html") || path.endsWith("/")) {
            response.setHeader("Cache-Control", CHECK_FIRST);
        }
        if (!path.startsWith("/css/") && !path.startsWith("/js/")) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            // An error under a versioned address is not the file: keep nothing of it.
            @Override
            public void sendError(int status) throws IOException {
                setHeader("Cache-Control", "no-store");
                super.sendError(status);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                setHeader("Cache-Control", "no-store");
                super.sendError(status, message);
            }

            @Override
            public void setStatus(int status) {
                if (status >= 400) {
                    setHeader("Cache-Control", "no-store");
                }
                super.setStatus(status);
            }
        });
    }
}
