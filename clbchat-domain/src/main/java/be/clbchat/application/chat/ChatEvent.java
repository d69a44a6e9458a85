package be.clbchat.application.chat;

import be.clbchat.domain.caller.CallerCaution;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.operator.Operator;
import java.util.List;
import java.util.Objects;

/**
 * What happened in the chat, fired by {@link ChatService} and observed after commit
 * ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}): nobody is told before it is stored.
 */
public sealed interface ChatEvent {

    /** The queue or the number of available operators changed: positions and estimates are to be sent again. */
    record QueueChanged() implements ChatEvent {
    }

    /**
     * @param messages what was said before, when the chat was given back by an operator who dropped
     * @param caution  for the operator only: the pseudonym was marked as a probable fake call before
     */
    /**
     * @param handover the cold hand-over that brought the chat into this line's queue, when it did: its note is for
     *                 the operator who took it
     */
    record Accepted(Chat chat, List<ChatMessage> messages, java.util.Optional<CallerCaution> caution,
                    java.util.Optional<be.clbchat.domain.handover.Handover> handover)
            implements ChatEvent {
        public Accepted {
            Objects.requireNonNull(chat, "chat");
            messages = List.copyOf(messages);
            Objects.requireNonNull(caution, "caution");
            Objects.requireNonNull(handover, "handover");
        }
    }

    record Posted(Chat chat, ChatMessage message) implements ChatEvent {
        public Posted {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The visitor rated the chat after it ended: its operator sees the stars (and the comment). */
    record Rated(Chat chat) implements ChatEvent {
        public Rated {
            Objects.requireNonNull(chat, "chat");
        }
    }

    record Ended(Chat chat) implements ChatEvent {
        public Ended {
            Objects.requireNonNull(chat, "chat");
        }
    }

    /** The operator was gone too long: the chat is waiting again, at the front. */
    record GivenBack(Chat chat, String formerOperator) implements ChatEvent {
        public GivenBack {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(formerOperator, "formerOperator");
        }
    }

    record VisitorPresence(Chat chat, boolean connected) implements ChatEvent {
        public VisitorPresence {
            Objects.requireNonNull(chat, "chat");
        }
    }

    /** A staff account was deactivated, or someone left a line's team: their sockets close or their queue narrows. */
    record AccessChanged(String username, boolean deactivated) implements ChatEvent {
        public AccessChanged {
            Objects.requireNonNull(username, "username");
        }
    }

    /**
     * An operator chose an alias or said whether they are available: every console tab of theirs hears that one thing
     * (also the tab that asked: its answer).
     */
    record OperatorChanged(Operator operator, What what) implements ChatEvent {
        public enum What { ALIAS, AVAILABILITY }

        public OperatorChanged {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(what, "what");
        }
    }

    /** A request for support was asked, taken, noted on or closed: its operator and the supporters are told. */
    record SupportChanged(be.clbchat.domain.support.SupportRequest request) implements ChatEvent {
        public SupportChanged {
            Objects.requireNonNull(request, "request");
        }
    }

    /** The supporter whispered to the operator: only that operator's console (and the supporter's board) hear it. */
    record Whispered(be.clbchat.domain.support.SupportRequest request, be.clbchat.domain.support.Whisper whisper)
            implements ChatEvent {
        public Whispered {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(whisper, "whisper");
        }
    }

    /**
     * A hand-over was offered, answered by the visitor, withdrawn or lapsed: its operator, its visitor and the
     * receivers hear it.
     */
    record HandoverChanged(be.clbchat.domain.handover.Handover handover, Chat chat) implements ChatEvent {
        public HandoverChanged {
            Objects.requireNonNull(handover, "handover");
            Objects.requireNonNull(chat, "chat");
        }
    }

    /**
     * The chat left {@code formerOperator} by a hand-over: to the receiver who joined (the chat is theirs, with the
     * messages they may read), or cold into another line's queue (the chat waits there, {@code visible} is empty).
     */
    record HandedOver(Chat chat, be.clbchat.domain.handover.Handover handover, String formerOperator,
                      List<ChatMessage> visible, java.util.Optional<CallerCaution> caution) implements ChatEvent {
        public HandedOver {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(handover, "handover");
            Objects.requireNonNull(formerOperator, "formerOperator");
            visible = List.copyOf(visible);
            Objects.requireNonNull(caution, "caution");
        }
    }
}
