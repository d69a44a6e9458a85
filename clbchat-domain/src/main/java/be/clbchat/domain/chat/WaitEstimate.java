package be.clbchat.domain.chat;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * An honest estimate of how long a visitor still waits, or none. It is based on what is measurable now: how many
 * operators are available, how many chats they can still take, and how long recent chats on the line lasted.
 * Without an available operator, or without finished chats to learn from, there is no estimate.
 *
 * @param operatorsOnline available operators on the line
 * @param freePlaces      chats those operators can still take at once
 * @param totalPlaces     chats they can hold together
 * @param recentDurations durations of recent finished conversations on the line
 */
public record WaitEstimate(int operatorsOnline, int freePlaces, int totalPlaces, List<Duration> recentDurations) {

    public WaitEstimate {
        recentDurations = List.copyOf(recentDurations);
        if (operatorsOnline < 0 || freePlaces < 0 || totalPlaces < freePlaces) {
            throw new IllegalArgumentException("Impossible staffing: " + operatorsOnline + ", " + freePlaces + ", "
                    + totalPlaces);
        }
    }

    /**
     * Seconds until the chat at {@code position} (1 = next) is likely taken. Those within the free places are taken
     * as soon as an operator clicks: 0. Beyond that, on average a place frees up every (average duration / places).
     */
    public OptionalLong secondsFor(int position) {
        if (position < 1) {
            throw new IllegalArgumentException("A queue position starts at 1: " + position);
        }
        if (operatorsOnline == 0 || totalPlaces == 0) {
            return OptionalLong.empty();
        }
        if (position <= freePlaces) {
            return OptionalLong.of(0);
        }
        if (recentDurations.isEmpty()) {
            return OptionalLong.empty();
        }
        double average = recentDurations.stream().mapToLong(Duration::toSeconds).average().orElseThrow();
        long ahead = position - freePlaces;
        return OptionalLong.of(Math.round(Math.ceil(ahead * average / totalPlaces)));
    }
}
