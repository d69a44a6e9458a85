package be.clbchat.domain.staff;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A staff login name: 3 to 64 characters, lower-case letters, digits, dot, dash or underscore. */
public record Username(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]{3,64}");

    public Username {
        Objects.requireNonNull(value, "username");
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A username has 3 to 64 lower-case letters, digits, '.', '-' or '_': " + value);
        }
    }

    /** The username {@code text} is, when it is one (a login name from the container, a path): else none. */
    public static Optional<Username> ifValid(String text) {
        return text != null && ALLOWED.matcher(text).matches() ? Optional.of(new Username(text)) : Optional.empty();
    }

    /** Accepts what a person types: surrounding blanks and capitals are forgiven. */
    public static Username typed(String input) {
        return new Username(Objects.requireNonNull(input, "username").strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
