package be.clbchat.web.chat;

import be.clbchat.application.ClientSources;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Hands the visitor socket its source — the opaque {@link ClientSources} key of the client address — through the
 * handshake: a WebSocket endpoint cannot see the address itself. The key travels in a header of this server's own
 * ({@value #HEADER}); one sent by the client is replaced, never believed. {@link VisitorEndpoint.Handshake} takes it
 * from there into the socket's properties.
 */
@WebFilter(urlPatterns = "/ws/visitor", asyncSupported = true)
public class VisitorSource extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "X-Clbchat-Source";

    @Inject
    private ClientSources sources;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = sources.keyOf(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        chain.doFilter(new WithSource(request, key), response);
    }

    /** The request with the source header set by us. */
    private static final class WithSource extends HttpServletRequestWrapper {
        private final String key;

        WithSource(HttpServletRequest request, String key) {
            super(request);
            this.key = key;
        }

        private static boolean ours(String name) {
            return HEADER.equalsIgnoreCase(name);
        }

        @Override
        public String getHeader(String name) {
            return ours(name) ? key : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return ours(name) ? Collections.enumeration(List.of(key)) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames()).stream().filter(name -> !ours(name))
                    .collect(Collectors.toList());
            names.add(HEADER);
            return Collections.enumeration(names);
        }
    }

    /** The source a handshake carried, or "" when it came without (then all such sockets share one allowance). */
    static String of(Map<String, List<String>> headers) {
        return headers.entrySet().stream().filter(entry -> entry.getKey().toLowerCase(Locale.ROOT)
                        .equals(HEADER.toLowerCase(Locale.ROOT)))
                .flatMap(entry -> entry.getValue() == null ? Stream.empty() : entry.getValue().stream())
                .findFirst().orElse("");
    }
}
