package be.clbchat.web.chat;

import be.clbchat.application.chat.ChatService;
import be.clbchat.domain.caller.CallerCaution;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.chat.Coded;
import be.clbchat.domain.chat.EndReason;
import be.clbchat.domain.chat.Party;
import be.clbchat.domain.chat.VisitorProfile;
import be.clbchat.domain.operator.Operator;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** The frames the server sends, one method per type (see docs/chat-protocol.md). */
final class Frames {

    private Frames() {
    }

    /** To the visitor: their place in their own line's queue, and how many of that line's team are online. */
    static String queued(ChatService.Waiting waiting, String resumeToken) {
        JsonObjectBuilder frame = type("queued")
                .add("chatId", waiting.chat().id().toString());
        if (resumeToken != null) {
            frame.add("resumeToken", resumeToken);
        }
        frame.add("position", waiting.position()).add("queueLength", waiting.lineLength());
        seconds(frame, "estimatedWaitSeconds", waiting.estimatedWaitSeconds());
        return frame.add("operatorsOnline", waiting.operatorsOnline()).build().toString();
    }

    static String closed(String line, Optional<Instant> nextOpening) {
        JsonObjectBuilder frame = type("closed").add("line", line);
        instant(frame, "nextOpening", nextOpening);
        return frame.build().toString();
    }

    /** To a visitor whose pseudonym is blocked: no chat, nothing that says why (the page shows other helplines). */
    static String unavailable() {
        return type("unavailable").build().toString();
    }

    static String accepted(Chat chat) {
        JsonObjectBuilder frame = type("accepted").add("operatorAlias", chat.operatorAlias().orElseThrow());
        instant(frame, "acceptedAt", chat.acceptedAt());
        return frame.build().toString();
    }

    static String acceptedByOperator(Chat chat, Collection<ChatMessage> messages, Optional<CallerCaution> caution) {
        return type("accepted").add("chat", chatForOperator(chat, messages, caution)).build().toString();
    }

    static String resumed(Chat chat, String resumeToken) {
        JsonObjectBuilder frame = type("resumed").add("chatId", chat.id().toString()).add("resumeToken", resumeToken)
                .add("state", switch (chat.state()) {
                    case QUEUED -> "queued";
                    case ACTIVE -> "chatting";
                    case ENDED -> "ended";
                });
        text(frame, "operatorAlias", chat.operatorAlias());
        return frame.add("lastSeq", chat.lastSeq()).build().toString();
    }

    static String ack(UUID chatId, ChatMessage message) {
        JsonObjectBuilder frame = type("ack");
        if (chatId != null) {
            frame.add("chatId", chatId.toString());
        }
        return frame.add("clientMsgId", message.clientMsgId().toString()).add("seq", message.seq())
                .add("sentAt", message.sentAt().toString()).build().toString();
    }

    /** A message for the visitor (no chat id) or for the operator (with it). */
    static String message(UUID chatId, ChatMessage message) {
        JsonObjectBuilder frame = type("message");
        if (chatId != null) {
            frame.add("chatId", chatId.toString());
        }
        return messageFields(frame, message).build().toString();
    }

    static JsonObjectBuilder messageFields(JsonObjectBuilder frame, ChatMessage message) {
        return frame.add("seq", message.seq()).add("from", message.sender().code()).add("text", message.text())
                .add("sentAt", message.sentAt().toString()).add("clientMsgId", message.clientMsgId().toString());
    }

    static String typing(UUID chatId, Party from) {
        JsonObjectBuilder frame = type("typing");
        if (chatId != null) {
            frame.add("chatId", chatId.toString());
        }
        return frame.add("from", from.code()).build().toString();
    }

    static String ended(UUID chatId, Chat chat) {
        JsonObjectBuilder frame = type("ended");
        if (chatId != null) {
            frame.add("chatId", chatId.toString());
        }
        frame.add("by", chat.endedBy().map(Party::code).orElse(Party.SYSTEM.code()));
        if (chatId != null && chat.endReason().filter(reason -> reason == EndReason.QUICK_EXIT).isPresent()) {
            frame.add("quickExit", true); // to the operator: someone may be looking over the visitor's shoulder
        }
        instant(frame, "endedAt", chat.endedAt());
        return frame.build().toString();
    }

    /** To an operator whose chat went back to the queue while they were away. */
    static String givenBack(UUID chatId) {
        return type("ended").add("chatId", chatId.toString()).add("by", Party.SYSTEM.code())
                .add("givenBack", true).build().toString();
    }

    /** To the visitor: the operator was gone too long, the chat waits again at the front of the queue. */
    static String requeued() {
        return type("requeued").build().toString();
    }

    /** To the visitor's older socket when a newer one took the chat over; the socket is closed after it. */
    static String replaced() {
        return type("replaced").build().toString();
    }

    /** To the operator: the visitor's page connected again on a new socket (the older one was closed). */
    static String visitorReconnected(UUID chatId) {
        return type("visitor").add("chatId", chatId.toString()).add("connected", true).add("reconnected", true)
                .build().toString();
    }

    static String visitorPresence(UUID chatId, boolean connected) {
        return type("visitor").add("chatId", chatId.toString()).add("connected", connected).build().toString();
    }

    /** To the operator: the visitor's socket is open but nothing came from it since {@code since}. */
    static String visitorSilent(UUID chatId, Instant since) {
        return type("visitor").add("chatId", chatId.toString()).add("connected", false)
                .add("since", since.toString()).build().toString();
    }

    static String rated() {
        return type("rated").build().toString();
    }

    /** To the operator after the chat: what the visitor thought of it. */
    static String ratedForOperator(Chat chat) {
        JsonObjectBuilder frame = type("rated").add("chatId", chat.id().toString());
        if (chat.ratingStars().isPresent()) {
            frame.add("stars", chat.ratingStars().get());
        } else {
            frame.addNull("stars");
        }
        text(frame, "comment", chat.ratingComment());
        return frame.build().toString();
    }

    static String pong() {
        return type("pong").build().toString();
    }

    static String error(String code, String message, UUID chatId, String clientMsgId) {
        JsonObjectBuilder frame = type("error").add("code", code).add("message", message);
        if (chatId != null) {
            frame.add("chatId", chatId.toString());
        }
        if (clientMsgId != null) {
            frame.add("clientMsgId", clientMsgId);
        }
        return frame.build().toString();
    }

    /** The answer to a binary message: the protocol is JSON text. */
    static String binaryRefused(UUID chatId) {
        return error("binary-frame", "Stuur berichten als tekst (JSON), niet binair.", chatId, null);
    }

    static String alias(Operator operator) {
        JsonObjectBuilder frame = type("alias");
        text(frame, "alias", operator.alias());
        return frame.build().toString();
    }

    static String availability(Operator operator) {
        return type("availability").add("available", operator.available()).build().toString();
    }

    static String welcome(ChatService.OperatorState state, ChatService.Queue queue) {
        JsonObjectBuilder frame = type("welcome");
        text(frame, "alias", state.operator().alias());
        JsonArrayBuilder chats = Json.createArrayBuilder();
        for (Chat chat : state.chats()) {
            chats.add(chatForOperator(chat, state.messages().stream()
                    .filter(message -> message.chatId().equals(chat.id().toString())).toList(),
                    Optional.ofNullable(state.cautions().get(chat.id()))));
        }
        JsonArrayBuilder lines = Json.createArrayBuilder();
        state.lines().forEach(line -> lines.add(Json.createObjectBuilder().add("code", line.code())
                .add("name", line.name()).add("box", state.boxLines().contains(line.code()))));
        return frame.add("available", state.operator().available()).add("maxChats", state.maxChats())
                .add("lines", lines).add("chats", chats).add("queue", queueObject(queue)).build().toString();
    }

    static String queue(ChatService.Queue queue) {
        JsonObjectBuilder frame = type("queue");
        JsonObject body = queueObject(queue);
        body.forEach(frame::add);
        return frame.build().toString();
    }

    /** Operators see the head of the queue; on a very busy evening the rest is only a number. */
    static final int QUEUE_ITEMS_FOR_OPERATORS = 50;

    private static JsonObject queueObject(ChatService.Queue queue) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ChatService.Waiting waiting : queue.items().subList(0,
                Math.min(QUEUE_ITEMS_FOR_OPERATORS, queue.items().size()))) {
            Chat chat = waiting.chat();
            JsonObjectBuilder item = Json.createObjectBuilder().add("chatId", chat.id().toString())
                    .add("line", chat.lineCode());
            visitor(item, chat.visitor());
            items.add(item.add("queuedAt", chat.queuedAt().toString())
                    .add("requeued", chat.requeuedAt().isPresent()).add("position", waiting.position()));
        }
        return Json.createObjectBuilder().add("operatorsOnline", queue.operatorsOnline())
                .add("queueLength", queue.items().size()).add("items", items).build();
    }

    static JsonObject chatForOperator(Chat chat, Collection<ChatMessage> messages,
                                              Optional<CallerCaution> caution) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("chatId", chat.id().toString())
                .add("line", chat.lineCode());
        visitor(json, chat.visitor());
        json.add("queuedAt", chat.queuedAt().toString());
        instant(json, "acceptedAt", chat.acceptedAt());
        JsonArrayBuilder list = Json.createArrayBuilder();
        messages.forEach(message -> list.add(messageFields(Json.createObjectBuilder(), message)));
        if (caution.isPresent()) {
            JsonArrayBuilder notes = Json.createArrayBuilder();
            caution.get().notes().forEach(notes::add);
            json.add("caution", Json.createObjectBuilder().add("times", caution.get().times()).add("notes", notes)
                    .add("until", caution.get().until().toString()));
        } else {
            json.addNull("caution");
        }
        instant(json, "visitorAwaySince", chat.visitorAwaySince());
        return json.add("visitorConnected", chat.visitorConnected()).add("messages", list).build();
    }

    private static void visitor(JsonObjectBuilder json, VisitorProfile visitor) {
        json.add("nickname", visitor.nickname()).add("role", visitor.role().code());
        if (visitor.age().isPresent()) {
            json.add("age", visitor.age().get());
        } else {
            json.addNull("age");
        }
        text(json, "gender", visitor.gender().map(Coded::code));
    }

    private static JsonObjectBuilder type(String type) {
        return Json.createObjectBuilder().add("type", type);
    }

    private static void text(JsonObjectBuilder json, String name, Optional<String> value) {
        if (value.isPresent()) {
            json.add(name, value.get());
        } else {
            json.addNull(name);
        }
    }

    private static void instant(JsonObjectBuilder json, String name, Optional<Instant> value) {
        text(json, name, value.map(Instant::toString));
    }

    private static void seconds(JsonObjectBuilder json, String name, OptionalLong value) {
        if (value.isPresent()) {
            json.add(name, value.getAsLong());
        } else {
            json.addNull(name);
        }
    }
}
