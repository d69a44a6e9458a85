package be.clbchat.infrastructure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Strict-Transport-Security on every answer to a request that came in over https — directly, or through a TLS proxy
 * of CLBCHAT_TRUSTED_PROXIES that says so with X-Forwarded-Proto (liberty/server.xml, httpDispatcher): from then on
 * the browser goes to this site over https only for a year, so nobody on a school's Wi-Fi can turn the chat back
 * into plain HTTP. Never on plain HTTP, where a browser would ignore it anyway. Both web modules map it (web.xml).
 */
public class StrictTransport extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "Strict-Transport-Security";
    static final String VALUE = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure()) {
            response.setHeader(HEADER, VALUE);
        }
        chain.doFilter(request, response);
    }
}
