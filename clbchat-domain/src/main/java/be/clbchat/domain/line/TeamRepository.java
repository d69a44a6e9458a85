package be.clbchat.domain.line;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who is in which line's team. */
public interface TeamRepository {

    /** The usernames in the line's team, in alphabetical order. */
    List<String> members(String line);

    /** The lines each of {@code usernames} answers; a username in no team is absent. */
    Map<String, Set<String>> linesOf(Collection<String> usernames);

    Set<String> linesOf(String username);

    /** Makes the team exactly {@code usernames}: the ones already in keep when and by whom they were added. */
    void replace(String line, Set<String> usernames, String by, Instant at);

    /** Adds one member (nothing happens when they are in already). */
    void add(String line, String username, String by, Instant at);

    void remove(String line, String username);
}
