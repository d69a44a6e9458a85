package be.clbchat.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the application refuses to do, and why: the one refusal every rule and service throws. Nothing has changed
 * when it is thrown. It carries a {@link Kind} (which each edge translates once: a status code, an error frame, a
 * message on a page), a stable code for programs, a Dutch sentence for people, and — for a form — what is wrong per
 * field.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why it is refused; the edges answer 400, 409, 404, 403 and 401. */
    public enum Kind {
        /** The request itself is wrong: a missing or bad field, a period too long. */
        INVALID,
        /** The request is fine but the state is in the way: full, taken, too late, already ended. */
        CONFLICT,
        /** What was asked for does not exist, or is not the caller's to see (the same answer for both). */
        NOT_FOUND,
        /** The caller is known but may not do this. */
        FORBIDDEN,
        /** Nobody is logged in where somebody has to be. */
        NOT_LOGGED_IN
    }

    private final Kind kind;
    private final String code;
    private final transient Map<String, String> fields;

    private Refusal(Kind kind, String code, String message) {
        this(kind, code, message, Map.of());
    }

    private Refusal(Kind kind, String code, String message, Map<String, String> fields) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Refusal invalid(String code, String message) {
        return new Refusal(Kind.INVALID, code, message);
    }

    /** A form that cannot be saved: what is wrong per field (in the form's order); the message joins them. */
    public static Refusal invalid(String code, Map<String, String> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("A refusal of fields names at least one field");
        }
        return new Refusal(Kind.INVALID, code, String.join(" ", fields.values()), fields);
    }

    public static Refusal conflict(String code, String message) {
        return new Refusal(Kind.CONFLICT, code, message);
    }

    public static Refusal notFound(String code, String message) {
        return new Refusal(Kind.NOT_FOUND, code, message);
    }

    public static Refusal forbidden(String code, String message) {
        return new Refusal(Kind.FORBIDDEN, code, message);
    }

    public static Refusal notLoggedIn(String message) {
        return new Refusal(Kind.NOT_LOGGED_IN, "not-logged-in", message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** What is wrong per field, when the refusal is about a form's fields; empty otherwise. */
    public Map<String, String> fields() {
        return fields == null ? Map.of() : fields;
    }
}
