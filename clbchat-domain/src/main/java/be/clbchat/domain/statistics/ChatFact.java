package be.clbchat.domain.statistics;

import be.clbchat.domain.chat.DeviceClass;
import be.clbchat.domain.chat.FoundVia;
import be.clbchat.domain.chat.Gender;
import be.clbchat.domain.registration.ClientType;
import be.clbchat.domain.registration.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What the statistics know of one answered chat: the anonymous facts of the chat row and its registration, never a
 * word of the transcript (so they stay right after transcripts are deleted).
 *
 * @param clb      the CLB whose box the chat was on; empty for CLBch@t itself
 * @param group    who the operator registered (or, unregistered, who the visitor said they were)
 * @param aborted  "sessie (plots) afgebroken": registered so, or (unregistered) the connection was gone too long
 * @param fake     registered as a suspected fake call that the coordinators did not reject
 * @param themes   theme codes of the registration (none when unregistered)
 */
public record ChatFact(String line, Optional<String> clb, Instant queuedAt, Instant acceptedAt,
                       Optional<Instant> endedAt, ClientType group, Optional<Integer> age, Optional<Gender> gender,
                       Optional<DeviceClass> device, Optional<Integer> stars, Optional<FoundVia> foundVia,
                       boolean aborted, boolean fake, String operator, Set<String> themes, Set<Outcome> outcomes) {

    public ChatFact {
        themes = Set.copyOf(themes);
        outcomes = outcomes.isEmpty() ? Set.of() : Set.copyOf(outcomes);
    }

    /** How long the visitor waited for an operator. */
    public Duration waited() {
        return Duration.between(queuedAt, acceptedAt);
    }

    /** How long the conversation lasted; empty while it runs. */
    public Optional<Duration> lasted() {
        return endedAt.map(end -> Duration.between(acceptedAt, end));
    }

    public boolean onMobile() {
        return device.filter(d -> d == DeviceClass.MOBILE || d == DeviceClass.TABLET).isPresent();
    }
}
