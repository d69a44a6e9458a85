package be.clbchat.domain.handover;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public interface HandoverRepository {

    void add(Handover handover);

    Optional<Handover> find(UUID id);

    /** Locked for this transaction: two receivers taking it wait on each other, and the second sees it taken. */
    Optional<Handover> lock(UUID id);

    /** The open hand-over of a chat (there is at most one). */
    Optional<Handover> openOf(UUID chat);

    /** Every hand-over of a chat, in the order they were offered. */
    List<Handover> ofChat(UUID chat);

    /** Every hand-over in {@link HandoverState#WAITING}, oldest first. */
    List<Handover> waiting();

    /** The lines {@code from} may hand a chat over to (the coordinators' allow-list). */
    Set<String> routesFrom(String from);

    void addRoute(String from, String to, String by, Instant at);

    boolean removeRoute(String from, String to);

    /** Every route, as from-line to its to-lines. */
    Map<String, Set<String>> routes();

    /** Hand-overs that reached their receiver, offered in [from, to): per from-line, to-line and kind. */
    List<PairCount> takenBetween(Instant from, Instant to);

    /** @param warm whether the hand-overs counted were warm */
    record PairCount(String fromLine, String toLine, HandoverKind kind, boolean warm, long count) {
    }
}
