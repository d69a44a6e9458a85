package be.clbchat.web.chat;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A page of another site must not open a chat socket in a visitor's or operator's browser (cross-site WebSocket
 * hijacking): a handshake whose Origin is neither this site (the Host it asked for) nor an allowed origin gets 403.
 * Programs that send no Origin are not browsers and are let through.
 */
@WebFilter(urlPatterns = "/ws/*", asyncSupported = true)
public class OriginCheck extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "CLBCHAT_ALLOWED_ORIGINS", defaultValue = "")
    private Optional<String> allowedOrigins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin == null || allowed(origin, request.getHeader("Host"), allowedOrigins.orElse(""))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"code\":\"cross-origin\",\"message\":"
                + "\"Deze chat kan alleen vanaf de eigen website geopend worden.\"}");
    }

    static boolean allowed(String origin, String host, String configured) {
        Set<String> extra = Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (extra.contains(origin.toLowerCase(Locale.ROOT))) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            return host != null && uri.getRawAuthority() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
