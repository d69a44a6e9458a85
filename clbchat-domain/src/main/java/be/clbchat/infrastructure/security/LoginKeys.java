package be.clbchat.infrastructure.security;

import be.clbchat.application.SecretTokens;
import java.util.List;
import java.util.Optional;

/**
 * Which login a request belongs to: the hash of its single-sign-on cookie (set at login, removed at logout). The
 * operator console's sockets are opened with that cookie, so a logout can close exactly the sockets of that login —
 * not those of the same person logged in on another computer. Only the hash is held, in memory. Both web modules
 * share the sign-on cookie, so a logout in either ends the same login ({@link Logouts}).
 */
public final class LoginKeys {

    /** The single-sign-on cookie's name (liberty/includes/security.xml). */
    public static final String COOKIE = "CLBCHAT_SSO";

    private LoginKeys() {
    }

    /** The login key of a cookie value. */
    public static String of(String cookieValue) {
        return SecretTokens.hash(cookieValue);
    }

    /** The login key of a request, if it carries the single-sign-on cookie. */
    public static Optional<String> of(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                    return Optional.of(of(cookie.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    /** The login key in {@code Cookie} headers, if they carry the single-sign-on cookie. */
    public static Optional<String> fromCookieHeaders(List<String> headers) {
        for (String header : headers) {
            for (String part : header.split(";")) {
                String cookie = part.strip();
                if (cookie.startsWith(COOKIE + "=") && cookie.length() > COOKIE.length() + 1) {
                    String value = cookie.substring(COOKIE.length() + 1);
                    if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    return Optional.of(of(value));
                }
            }
        }
        return Optional.empty();
    }
}
