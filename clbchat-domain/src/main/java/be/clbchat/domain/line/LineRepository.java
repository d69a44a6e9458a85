package be.clbchat.domain.line;

import java.util.List;
import java.util.Optional;

public interface LineRepository {

    List<Line> all();

    Optional<Line> find(String code);

    void add(Line line);

    void remove(Line line);

    /** The partner lines (lines of the platform for another organisation): line code to organisation. */
    java.util.Map<String, String> partners();

    /** Marks a line, added just before, as a partner line of {@code organisation}. */
    void addPartner(String line, String organisation, String by, java.time.Instant at);

    /**
     * The partner line's alias policy: the name its visitors see for whoever answers, when the line wants one name for
     * all (empty: each operator's own alias, as on CLBch@t and the boxes).
     */
    java.util.Optional<String> shownAs(String line);

    void showAs(String line, java.util.Optional<String> name);
}
