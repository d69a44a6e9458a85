package be.clbchat.domain.tool;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Everything an admin edits about a tool. {@link #problems()} says, per field, what is wrong; an empty map means it
 * can be saved.
 *
 * @param screening per criterion; criteria left out are not judged
 */
public record ToolDetails(String name, String url, String description, ToolKind kind, Set<ClbDomain> domains,
                          Set<EducationLevel> levels, Integer ageMin, Integer ageMax, String organisation,
                          Boolean costFree, String costNote, String evidenceNote, boolean inThePicture,
                          Map<Criterion, Assessment> screening, String screenedBy, LocalDate screenedOn) {

    public static final int MAX_NAME = 120;
    public static final int MAX_URL = 500;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_ORGANISATION = 200;
    public static final int MAX_COST_NOTE = 300;
    public static final int MAX_EVIDENCE = 1000;
    public static final int MIN_AGE = 3;
    public static final int MAX_AGE = 99;

    public ToolDetails {
        name = trimmed(name);
        url = trimmed(url);
        description = trimmed(description);
        organisation = trimmed(organisation);
        costNote = trimmed(costNote);
        evidenceNote = trimmed(evidenceNote);
        screenedBy = trimmed(screenedBy);
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        Map<Criterion, Assessment> all = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            all.put(criterion, screening == null ? Assessment.NONE
                    : screening.getOrDefault(criterion, Assessment.NONE));
        }
        screening = Map.copyOf(all);
    }

    /** Field name → what is wrong with it, in Dutch, in the order of the form. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null) {
            problems.put("name", "Geef een naam.");
        } else if (name.length() > MAX_NAME) {
            problems.put("name", "Een naam heeft hoogstens " + MAX_NAME + " tekens.");
        }
        // Web address and description may wait: what the sources do not say, a coordinator fills in later.
        if (url != null && (!isWebAddress(url) || url.length() > MAX_URL)) {
            problems.put("url", "Geef een volledig webadres dat begint met https:// of http://.");
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.put("description", "Een beschrijving heeft hoogstens " + MAX_DESCRIPTION + " tekens.");
        }
        if (kind == null) {
            problems.put("kind", "Kies of het een inhoudelijke of een communicatietool is.");
        }
        if (domains.isEmpty()) {
            problems.put("domains", "Kies minstens één CLB-domein.");
        }
        if (levels.isEmpty()) {
            problems.put("levels", "Kies minstens één onderwijsniveau.");
        }
        checkAge("ageMin", ageMin, problems);
        checkAge("ageMax", ageMax, problems);
        if (ageMin != null && ageMax != null && ageMin > ageMax && !problems.containsKey("ageMin")) {
            problems.put("ageMax", "De hoogste leeftijd is niet lager dan de laagste.");
        }
        tooLong("organisation", organisation, MAX_ORGANISATION, problems);
        tooLong("costNote", costNote, MAX_COST_NOTE, problems);
        tooLong("evidenceNote", evidenceNote, MAX_EVIDENCE, problems);
        tooLong("screenedBy", screenedBy, 120, problems);
        for (Map.Entry<Criterion, Assessment> entry : screening.entrySet()) {
            tooLong("screening." + entry.getKey().name(), entry.getValue().note(), Assessment.MAX_NOTE, problems);
        }
        if (screenedOn != null && screenedOn.isAfter(LocalDate.now().plusDays(1))) {
            problems.put("screenedOn", "Een screening ligt niet in de toekomst.");
        }
        return problems;
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getHost().contains(".") && !text.contains(" ");
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    private static void checkAge(String field, Integer age, Map<String, String> problems) {
        if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
            problems.put(field, "Een leeftijd ligt tussen " + MIN_AGE + " en " + MAX_AGE + ".");
        }
    }

    private static void tooLong(String field, String value, int max, Map<String, String> problems) {
        if (value != null && value.length() > max) {
            problems.put(field, "Hoogstens " + max + " tekens.");
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
