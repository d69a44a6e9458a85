package be.clbchat.domain.operator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Operators as stored: presence for the chat, profile and calendar for the schedule. The one place that locks them. */
public interface OperatorRepository {

    Optional<Operator> find(String username);

    /**
     * The operator row, locked for this transaction (others wait); made when the login never used the console yet.
     * Whoever changes an operator, or counts on their chats or shifts staying as read, locks this row first.
     */
    Operator lock(String username);

    Optional<Operator> byAlias(String alias);

    Optional<Operator> byCalendar(String tokenHash);

    /** Online and available for chats. */
    List<Operator> available();

    /** Offline since before {@code before}, and not yet dealt with (they may still hold chats). */
    List<Operator> offlineSince(Instant before);

    /** The usernames of the operators stored as online. */
    java.util.Set<String> online();

    /** The operators stored as online, by username. */
    List<Operator> allOnline();

    /** Every operator row, by username. */
    List<Operator> all();

    /** Usernames of active staff logins with the operator role, alphabetically. */
    List<String> logins();

    /** Whether {@code username} is one of {@link #logins()}, asked for that one name. */
    boolean isLogin(String username);

    /** After a server start nobody is connected: every operator who was online is offline from {@code now}. */
    void allOffline(Instant now);
}
