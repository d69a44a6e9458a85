package be.clbchat.domain.chat;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Reconciles presence as stored (an operator online, a visitor connected) with the sockets the server really holds.
 * A socket that closes while the database is away leaves the stored presence behind: the operator would stay
 * "online" and keep getting chats, the visitor "connected" and their chat never end. Each check compares the two;
 * a difference is settled only when the next check sees it again, because a socket that opens or closes between
 * reading the sockets and reading the database differs for a moment without anything being wrong.
 */
public final class PresenceCheck {

    private Drift seenBefore = Drift.NONE;

    /**
     * What differs between the database and the sockets in one check.
     *
     * @param operatorsWithoutSocket stored as online, no console socket on this server
     * @param operatorsNotOnline     a console socket open, stored as offline
     * @param visitorsWithoutSocket  a chat not ended whose visitor is stored as connected, without a socket
     * @param visitorsNotConnected   a chat not ended with a visitor socket, the visitor stored as away
     */
    public record Drift(Set<String> operatorsWithoutSocket, Set<String> operatorsNotOnline,
                        Set<UUID> visitorsWithoutSocket, Set<UUID> visitorsNotConnected) {

        public static final Drift NONE = new Drift(Set.of(), Set.of(), Set.of(), Set.of());

        public Drift {
            operatorsWithoutSocket = Set.copyOf(operatorsWithoutSocket);
            operatorsNotOnline = Set.copyOf(operatorsNotOnline);
            visitorsWithoutSocket = Set.copyOf(visitorsWithoutSocket);
            visitorsNotConnected = Set.copyOf(visitorsNotConnected);
        }

        /**
         * The drift between what is stored and what is held.
         *
         * @param storedOnline     operators stored as online
         * @param heldOperators    operators with a console socket on this server
         * @param storedConnected  chats not ended whose visitor is stored as connected
         * @param heldVisitors     chats with a visitor socket on this server
         * @param storedAway       of {@code heldVisitors}, the chats not ended whose visitor is stored as away
         */
        public static Drift between(Set<String> storedOnline, Set<String> heldOperators, Set<UUID> storedConnected,
                                    Set<UUID> heldVisitors, Set<UUID> storedAway) {
            return new Drift(minus(storedOnline, heldOperators), minus(heldOperators, storedOnline),
                    minus(storedConnected, heldVisitors), intersection(storedAway, heldVisitors));
        }

        public boolean isEmpty() {
            return operatorsWithoutSocket.isEmpty() && operatorsNotOnline.isEmpty() && visitorsWithoutSocket.isEmpty()
                    && visitorsNotConnected.isEmpty();
        }

        /** What both drifts have in common. */
        Drift and(Drift other) {
            return new Drift(intersection(operatorsWithoutSocket, other.operatorsWithoutSocket),
                    intersection(operatorsNotOnline, other.operatorsNotOnline),
                    intersection(visitorsWithoutSocket, other.visitorsWithoutSocket),
                    intersection(visitorsNotConnected, other.visitorsNotConnected));
        }
    }

    /** The drift seen in this check and the one before it: what is to be settled now. */
    public synchronized Drift toSettle(Drift seenNow) {
        Objects.requireNonNull(seenNow, "seenNow");
        Drift settle = seenNow.and(seenBefore);
        seenBefore = seenNow;
        return settle;
    }

    private static <T> Set<T> minus(Set<T> from, Set<T> without) {
        Set<T> result = new HashSet<>(from);
        result.removeAll(without);
        return result;
    }

    private static <T> Set<T> intersection(Set<T> one, Set<T> other) {
        Set<T> result = new HashSet<>(one);
        result.retainAll(other);
        return result;
    }
}
