package be.clbchat.domain.statistics;

import be.clbchat.domain.operator.Discipline;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the statistics read: the anonymous facts of answered chats, and the totals of years before the platform. */
public interface StatisticsRepository {

    /**
     * The answered chats the visitor asked for from {@code start} (inclusive) to {@code end} on {@code lines} (empty:
     * every line), with their registration.
     */
    List<ChatFact> facts(Instant start, Instant end, Optional<Collection<String>> lines);

    /**
     * Per school year (Brussels time) before {@code end}: answered chats, pupils, parents, fake calls and, when a theme
     * is given, chats about it; years without chats are absent.
     */
    List<YearTotal> yearTotals(Instant end, Optional<Collection<String>> lines, Optional<String> theme);

    /** How many CLBs had one of their published (or since archived) boxes among {@code lines} open in the period. */
    long centresWithABoxOpen(Instant start, Instant end, Optional<Collection<String>> lines);

    /**
     * The chatscans whose feedback was sent in [{@code start}, {@code end}) on these lines, and for how many
     * operators.
     */
    Figures.Chatscans chatscans(Instant start, Instant end, Optional<Collection<String>> lines);

    /** The discipline of every operator who has one filled in. */
    Map<String, Discipline> disciplines();

    /** Answered chats asked for from {@code start} to {@code end}, and the sum of their waits in seconds. */
    Waits waits(Instant start, Instant end, Optional<Collection<String>> lines);

    /** A count of answered chats and the total of their waiting times. */
    record Waits(long chats, double waitSeconds) {
    }

    List<PastYear> pastYears();

    Optional<PastYear> pastYear(int startYear);

    void add(PastYear year);

    void remove(PastYear year);
}
