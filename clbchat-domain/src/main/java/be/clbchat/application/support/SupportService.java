package be.clbchat.application.support;

import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.support.SupportRequest;
import be.clbchat.domain.support.Whisper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Ask for support during a chat (issue 14): the operator asks, one supporter — a coordinator, or an operator marked
 * "ondersteuner" in the team of the chat's line — takes it, reads the chat live and whispers; after the chat both
 * note and one closes. Every read along is written to the audit log (reason read-along). Another person's request is
 * answered as one that does not exist (404).
 */
public interface SupportService {

    /** A request with what was whispered in it, oldest first. */
    record Case(SupportRequest request, List<Whisper> whispers) {
        public Case {
            whispers = List.copyOf(whispers);
        }
    }

    /** A request on a supporter's board: with its line's name, and whether its chat still goes on. */
    record Listed(SupportRequest request, String lineName, boolean chatGoing) {
    }

    /** What the supporter reads along: the chat so far and the whispers. */
    record ReadAlong(SupportRequest request, Chat chat, List<ChatMessage> messages, List<Whisper> whispers) {
        public ReadAlong {
            messages = List.copyOf(messages);
            whispers = List.copyOf(whispers);
        }
    }

    /**
     * The operator of the active chat asks for support (note optional, at most 280 characters). Refused on a CLB's
     * box (its own team supports it), when the chat is not theirs or not going on, and when they asked already.
     */
    SupportRequest ask(String operator, UUID chatId, String note, boolean urgent);

    /** The operator takes their request back while nobody has taken it. */
    SupportRequest withdraw(String operator, long requestId);

    /**
     * The requests not closed that {@code supporter} may see on the board (of the lines they support), oldest
     * first; 404 for someone who is no supporter (coordinator, admin, or operator marked ondersteuner).
     */
    List<Listed> forSupporter(String supporter);

    /** {@code supporter} takes the request (one wins; the other is told who has it) and reads the chat so far. */
    ReadAlong take(String supporter, long requestId);

    /** What the supporter who took it reads while the chat goes on (again after a reconnect; each read audited). */
    ReadAlong readAlong(String supporter, long requestId);

    /** A whisper of the supporter who took it, while the chat goes on; the operator only sees it. */
    Whisper whisper(String supporter, long requestId, String text);

    /** The note after the chat of its operator or its supporter. */
    SupportRequest note(String username, long requestId, String text);

    /** Closed after the chat by its operator or its supporter. */
    SupportRequest close(String username, long requestId);

    /** The requests {@code username} asked or took: those not closed and those closed in the last 30 days. */
    List<Case> mine(String username);

    /** The request of {@code chatId} that is not closed, when {@code operator} holds the chat: for their console. */
    Optional<Case> ofChat(String operator, UUID chatId);

    /** The chat ended (or went back to the queue): a request nobody took closes. */
    void chatLeftOperator(UUID chatId);
}
