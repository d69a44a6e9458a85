package be.clbchat.domain.tool;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which tools someone looks for: by CLB domain, education level, age, kind, favourites list and words. Every part is
 * optional; a tool must match all given parts. Only active tools are ever public.
 *
 * @param age  the pupil's age: within the tool's range (a missing bound does not limit)
 * @param text words found in the name, description or organisation, ignoring case and accents
 */
public record ToolFilter(ClbDomain domain, EducationLevel level, Integer age, ToolKind kind, FavouritesList list,
                         String text) {

    public static final int MAX_TEXT = 100;
    public static final ToolFilter EVERYTHING = new ToolFilter(null, null, null, null, null, null);
    private static final Collator DUTCH = Collator.getInstance(Locale.forLanguageTag("nl-BE"));

    public ToolFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Zoek met hoogstens " + MAX_TEXT + " tekens.");
        }
        if (age != null && (age < ToolDetails.MIN_AGE || age > ToolDetails.MAX_AGE)) {
            throw new IllegalArgumentException("Een leeftijd ligt tussen " + ToolDetails.MIN_AGE + " en "
                    + ToolDetails.MAX_AGE + ".");
        }
    }

    public boolean matches(CatalogueEntry entry) {
        Tool tool = entry.tool();
        return tool.active()
                && (domain == null || tool.domains().contains(domain))
                && (level == null || tool.levels().contains(level))
                && (age == null || tool.ageMin().map(min -> min <= age).orElse(true)
                        && tool.ageMax().map(max -> age <= max).orElse(true))
                && (kind == null || tool.kind() == kind)
                && (list == null || entry.on(list))
                && (text == null || containsAllWords(tool));
    }

    private boolean containsAllWords(Tool tool) {
        String haystack = plain(Stream.of(Optional.of(tool.name()), tool.description(), tool.organisation())
                .flatMap(Optional::stream).reduce("", (a, b) -> a + " " + b));
        return Stream.of(plain(text).split("\\s+")).allMatch(haystack::contains);
    }

    /** Lower case without accents: "Zoë" finds "zoe". */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** The matching entries, in the list's order when a list is asked for, else by name as Dutch sorts it. */
    public List<CatalogueEntry> apply(List<CatalogueEntry> entries) {
        Comparator<CatalogueEntry> byName = Comparator.comparing(entry -> entry.tool().name(), DUTCH);
        Comparator<CatalogueEntry> order = list == null ? byName
                : Comparator.<CatalogueEntry>comparingInt(entry -> entry.position(list).orElse(Integer.MAX_VALUE))
                        .thenComparing(byName);
        return entries.stream().filter(this::matches).sorted(order).toList();
    }
}
