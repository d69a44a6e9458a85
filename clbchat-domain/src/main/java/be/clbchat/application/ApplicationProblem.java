package be.clbchat.application;

import java.util.Objects;

/**
 * A request the application refuses, with a stable code for programs and a sentence for people. Edges turn
 * {@link Kind#NOT_FOUND} into 404 and {@link Kind#INVALID} into 400 (or a validation message on a page).
 */
public class ApplicationProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind { INVALID, NOT_FOUND }

    private final Kind kind;
    private final String code;

    public ApplicationProblem(Kind kind, String code, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
    }

    public static ApplicationProblem invalid(String code, String message) {
        return new ApplicationProblem(Kind.INVALID, code, message);
    }

    public static ApplicationProblem notFound(String code, String message) {
        return new ApplicationProblem(Kind.NOT_FOUND, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
