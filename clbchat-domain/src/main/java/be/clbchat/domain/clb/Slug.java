package be.clbchat.domain.clb;

import be.clbchat.domain.Refusal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The part of a public address that names a CLB or a box: {@code /clb/{clb}/{box}}. Lower-case letters and digits in
 * words joined by single hyphens, 2 to 60 characters, so that it reads well on a poster and never needs escaping.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 60;
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Slug {
        Objects.requireNonNull(value, "value");
        if (value.length() < 2 || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a slug: " + value);
        }
    }

    /** Checks what someone typed for the field {@code field}; a {@link Refusal} names that field. */
    public static Slug parse(String field, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() < 2 || trimmed.length() > MAX_LENGTH || !FORM.matcher(trimmed).matches()) {
            throw Refusal.invalid("invalid-slug", java.util.Map.of(field,
                    "Gebruik 2 tot " + MAX_LENGTH + " kleine letters of cijfers, woorden gescheiden door één "
                            + "streepje, bv. infoavond-studiekeuze."));
        }
        return new Slug(trimmed);
    }

    /** A slug made from a title: accents dropped, other characters become hyphens; empty when nothing is left. */
    public static java.util.Optional<Slug> suggest(String title) {
        if (title == null) {
            return java.util.Optional.empty();
        }
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        if (plain.length() > MAX_LENGTH) {
            plain = plain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return plain.length() < 2 ? java.util.Optional.empty() : java.util.Optional.of(new Slug(plain));
    }

    @Override
    public String toString() {
        return value;
    }
}
