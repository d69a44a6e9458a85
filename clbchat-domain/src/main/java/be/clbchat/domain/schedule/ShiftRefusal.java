package be.clbchat.domain.schedule;

import java.util.Objects;

/**
 * A scheduling rule that refuses what was asked, with a stable code for programs and a Dutch sentence for people.
 * Nothing has changed when it is thrown. {@link Kind#CONFLICT} means the request was fine but the schedule is not
 * (full, overlapping, too late): the edges answer 409 rather than 400.
 */
public class ShiftRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind { INVALID, CONFLICT, NOT_FOUND }

    private final Kind kind;
    private final String code;

    public ShiftRefusal(Kind kind, String code, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
    }

    public static ShiftRefusal invalid(String code, String message) {
        return new ShiftRefusal(Kind.INVALID, code, message);
    }

    public static ShiftRefusal conflict(String code, String message) {
        return new ShiftRefusal(Kind.CONFLICT, code, message);
    }

    public static ShiftRefusal notFound(String code, String message) {
        return new ShiftRefusal(Kind.NOT_FOUND, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
