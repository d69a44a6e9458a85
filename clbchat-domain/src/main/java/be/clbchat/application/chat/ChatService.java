package be.clbchat.application.chat;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.caller.CallerCaution;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.chat.FoundVia;
import be.clbchat.domain.chat.Party;
import be.clbchat.domain.chat.VisitorProfile;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.operator.Operator;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * The chat between an anonymous visitor and an operator: queue, messages, end, rating, and the presence that decides
 * when a dropped party loses a chat. Every change is committed before it is reported ({@link ChatEvent}).
 * Every refusal is a {@link Refusal}; nothing is saved when one is thrown.
 */
public interface ChatService {

    /** What a start gives: a chat in the queue, or the news that the line is closed (and no chat). */
    sealed interface StartResult permits Queued, Closed, Unavailable {
    }

    /** @param resumeToken the only key to the chat, given to the visitor once and stored only as a hash */
    record Queued(Chat chat, String resumeToken) implements StartResult {
    }

    record Closed(Optional<Instant> nextOpening) implements StartResult {
    }

    /** This browser's pseudonym is blocked for now: no chat is made; the visitor hears a kind, neutral message. */
    record Unavailable() implements StartResult {
    }

    /** @param repeated the client sent this message before: nothing new was stored */
    record Posted(ChatMessage message, boolean repeated) {
    }

    /**
     * A waiting chat with its place in its line's queue (1 = next), that queue's length, the estimate if an honest
     * one can be made, and how many of the line's team are online.
     */
    record Waiting(Chat chat, int position, int lineLength, OptionalLong estimatedWaitSeconds, int operatorsOnline) {
    }

    /**
     * Every waiting chat in serving order, each counted within its own line; and per line, who of its team is
     * available now.
     */
    record Queue(List<Waiting> items, Map<String, Set<String>> availablePerLine) {
        public Queue {
            items = List.copyOf(items);
            availablePerLine = Map.copyOf(availablePerLine);
        }

        /** What someone in the teams of {@code lines} sees: only those lines' chats. */
        public Queue forLines(Set<String> lines) {
            Map<String, Set<String>> available = new java.util.HashMap<>();
            lines.forEach(line -> available.put(line, availablePerLine.getOrDefault(line, Set.of())));
            return new Queue(items.stream().filter(waiting -> lines.contains(waiting.chat().lineCode())).toList(),
                    available);
        }

        /** How many people are available on these lines (someone in two teams counts once). */
        public int operatorsOnline() {
            Set<String> everyone = new java.util.HashSet<>();
            availablePerLine.values().forEach(everyone::addAll);
            return everyone.size();
        }
    }

    /** For someone who would start now on a line. */
    record LineQueue(int queueLength, OptionalLong estimatedWaitSeconds, int operatorsOnline) {
    }

    /**
     * An operator's chats with all their messages, their presence, the lines whose team they are in, and the
     * cautions about their chats' pseudonyms.
     */
    /** @param boxLines which of {@code lines} are a CLB's box (its own team supports a chat there) */
    record OperatorState(Operator operator, List<Chat> chats, List<ChatMessage> messages, int maxChats,
                         List<Line> lines, Set<String> boxLines, Map<UUID, CallerCaution> cautions) {
        public OperatorState {
            chats = List.copyOf(chats);
            messages = List.copyOf(messages);
            lines = List.copyOf(lines);
            boxLines = Set.copyOf(boxLines);
            cautions = Map.copyOf(cautions);
        }
    }

    /**
     * Puts a new chat in the line's queue, unless the line is closed or the browser's pseudonym ({@code pseudonym},
     * the raw key; only its keyed hash is stored) is blocked.
     */
    StartResult start(String line, VisitorProfile visitor, Optional<String> pseudonym);

    /** Which of these chats still wait in the queue. */
    java.util.Set<UUID> stillWaiting(java.util.Collection<UUID> chats);

    /**
     * The chat of a resume token; the visitor is connected again and gets a new token (the one used stays valid only
     * until the new one is used).
     */
    Resumed resume(String resumeToken);

    /** @param resumeToken the chat's new token, to be handed to the visitor; stored only as a hash */
    record Resumed(Chat chat, String resumeToken) {
    }

    /** The chat's messages after {@code seq}, in order. */
    List<ChatMessage> messagesAfter(UUID chat, int seq);

    /**
     * Stores a message of the visitor ({@code operator} null) or of the operator holding the chat. A message id the
     * same sender used before in this chat stores nothing and gives the stored message back.
     */
    Posted post(UUID chat, Party sender, String operator, UUID clientMsgId, String text);

    Chat end(UUID chat, Party by, String operator);

    /** The visitor pressed "Snel weg": the chat ends at once and its operator is told so. */
    Chat quickExit(UUID chat);

    void rate(UUID chat, Integer stars, String comment, FoundVia foundVia);

    void visitorConnected(UUID chat, boolean connected);

    /** The chat as it is now. */
    Chat current(UUID chat);

    /** Who holds a chat now, for passing on "is typing"; nothing is stored for that. */
    Optional<String> operatorOf(UUID chat);

    /** The queues of every line; {@link Queue#forLines} narrows it to what one operator sees. */
    Queue queue();

    /** The lines each of {@code operators} is in the team of. */
    Map<String, Set<String>> linesOf(Collection<String> operators);

    LineQueue lineQueue(String line);

    OperatorState operatorOnline(String operator);

    void operatorOffline(String operator);

    Operator chooseAlias(String operator, String alias);

    Operator makeAvailable(String operator, boolean available);

    /**
     * Takes the first waiting chat (of {@code line}, or of any line of the operator's teams when null) for the
     * operator; a line whose team they are not in is "not found".
     */
    Chat acceptNext(String operator, String line);

    /** Ends the chats of visitors gone longer than the grace period (by the system: "suddenly aborted"). */
    int expireAbsentVisitors();

    /** Gives the chats of operators gone longer than the grace period back to the front of the queue. */
    int expireAbsentOperators();

    /**
     * How stored presence differs from the sockets this server holds: the operators with a console socket and the
     * chats with a visitor socket.
     */
    be.clbchat.domain.chat.PresenceCheck.Drift presenceDrift(Set<String> heldOperators, Set<UUID> heldVisitors);

    /**
     * Stores presence as the sockets say, for a drift seen twice ({@link be.clbchat.domain.chat.PresenceCheck}): an
     * operator or visitor without a socket is gone from now (their grace period starts), one with a socket is back.
     * Each is read again under its lock first. Returns how many were changed.
     */
    int settle(be.clbchat.domain.chat.PresenceCheck.Drift drift);

    /** After a start of the server nobody is connected: everyone's grace period begins now. */
    void serverStarted();
}
