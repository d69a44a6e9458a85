package be.clbchat.web.chat;

import be.clbchat.application.chat.ChatService;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.chat.ChatState;
import be.clbchat.domain.chat.DeviceClass;
import be.clbchat.domain.chat.FoundVia;
import be.clbchat.domain.chat.Gender;
import be.clbchat.domain.chat.MessageRate;
import be.clbchat.domain.chat.Party;
import be.clbchat.domain.chat.VisitorProfile;
import be.clbchat.domain.chat.VisitorRole;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The anonymous visitor's side of a chat (docs/chat-protocol.md). One instance per connection; a connection holds at
 * most one chat. It converts frames, calls {@link ChatService} and answers; pushes to others come from {@link ChatHub}.
 */
@Dependent // a CDI bean (one per connection), so that its @Inject fields are filled
@ServerEndpoint("/ws/visitor")
public class VisitorEndpoint {

    private static final Logger LOG = Logger.getLogger(VisitorEndpoint.class.getName());

    @Inject
    private ChatService chats;

    @Inject
    private ChatHub hub;

    private Connection connection;
    private UUID chatId;
    private MessageRate rate;
    private long lastTypingNanos;

    @OnOpen
    public void open(Session session) {
        session.setMaxIdleTimeout(Limits.IDLE_TIMEOUT_MS);
        session.setMaxTextMessageBufferSize(Limits.MAX_FRAME_CHARS);
        connection = hub.connection(session);
        rate = MessageRate.forChatMessages(System.nanoTime());
    }

    @OnMessage
    public void message(String text) {
        InboundFrame frame = null;
        try {
            frame = InboundFrame.parse(text);
            String type = frame.type();
            switch (type) {
                case "start" -> start(frame);
                case "resume" -> resume(frame);
                case "send" -> send(frame);
                case "typing" -> typing();
                case "end" -> chats.end(chat(), Party.VISITOR, null);
                case "rate" -> rate(frame);
                case "ping" -> connection.send(Frames.pong());
                default -> throw new FrameProblem("unknown-type", "Onbekend type \"" + type + "\".");
            }
        } catch (RuntimeException e) {
            connection.send(Errors.frame(e, chatId, frame, LOG));
        }
    }

    private void start(InboundFrame frame) {
        noChatYet();
        VisitorProfile visitor = new VisitorProfile(frame.text("nickname"), frame.code("role", VisitorRole.class),
                frame.optionalWholeNumber("age").orElse(null), frame.optionalCode("gender", Gender.class).orElse(null),
                frame.optionalCode("device", DeviceClass.class).orElse(null));
        String line = frame.text("line");
        ChatService.StartResult result = chats.start(line, visitor);
        if (result instanceof ChatService.Closed closed) {
            connection.send(Frames.closed(line, closed.nextOpening()));
            return;
        }
        ChatService.Queued queued = (ChatService.Queued) result;
        chatId = queued.chat().id();
        hub.addVisitor(chatId, connection);
        String position = hub.queuedFrame(chatId, queued.resumeToken());
        if (position != null) {
            connection.send(position);
            return;
        }
        // Taken (or ended) between the start and this connection's registration: its "accepted" went to nobody.
        Chat now = chats.current(chatId);
        connection.send(Frames.resumed(now, queued.resumeToken()));
        if (now.state() == ChatState.ACTIVE) {
            connection.send(Frames.accepted(now));
        } else if (now.state() == ChatState.ENDED) {
            connection.send(Frames.ended(null, now));
        }
    }

    private void resume(InboundFrame frame) {
        noChatYet();
        String token = frame.text("resumeToken");
        int lastSeq = frame.optionalWholeNumber("lastSeq").orElse(0);
        ChatService.Resumed resumed = chats.resume(token, lastSeq);
        Chat chat = resumed.chat();
        chatId = chat.id();
        hub.addVisitor(chatId, connection);
        connection.send(Frames.resumed(chat, token));
        for (ChatMessage missed : resumed.missed()) {
            connection.send(Frames.message(null, missed));
        }
        if (chat.state() == ChatState.QUEUED) {
            String position = hub.queuedFrame(chatId, null);
            if (position != null) {
                connection.send(position);
            }
        } else if (chat.state() == ChatState.ENDED) {
            connection.send(Frames.ended(null, chat));
        }
    }

    private void send(InboundFrame frame) {
        UUID chat = chat();
        UUID clientMsgId = frame.uuid("clientMsgId");
        String text = frame.text("text");
        switch (rate.attempt(System.nanoTime())) {
            case REFUSED -> throw new FrameProblem("too-fast",
                    "Je stuurt te veel berichten na elkaar. Wacht even en stuur dit bericht opnieuw.");
            case CUT_OFF -> {
                connection.close(CloseReason.CloseCodes.VIOLATED_POLICY, "te veel berichten");
                return;
            }
            case ALLOWED -> {
                // go on
            }
        }
        ChatService.Posted posted = chats.post(chat, Party.VISITOR, null, clientMsgId, text);
        connection.send(Frames.ack(null, posted.message()));
    }

    private void typing() {
        UUID chat = chat();
        long now = System.nanoTime();
        if (now - lastTypingNanos >= Limits.TYPING_EVERY_NANOS) {
            lastTypingNanos = now;
            hub.typing(chat, Party.VISITOR);
        }
    }

    private void rate(InboundFrame frame) {
        UUID chat = chat();
        chats.rate(chat, frame.optionalWholeNumber("stars").orElse(null), frame.optionalText("comment").orElse(null),
                frame.optionalCode("foundVia", FoundVia.class).orElse(null));
        connection.send(Frames.rated());
    }

    private UUID chat() {
        if (chatId == null) {
            throw new FrameProblem("no-chat", "Begin eerst een gesprek (start) of ga verder met een gesprek (resume).");
        }
        return chatId;
    }

    private void noChatYet() {
        if (chatId != null) {
            throw new FrameProblem("already-started", "Deze verbinding heeft al een gesprek.");
        }
    }

    @OnClose
    public void close(Session session) {
        if (chatId != null && hub.removeVisitor(chatId, connection)) {
            try {
                chats.visitorConnected(chatId, false);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not note that the visitor of chat " + chatId + " left", e);
            }
        }
    }

    @OnError
    public void error(Session session, Throwable problem) {
        LOG.log(Level.FINE, "Visitor connection " + session.getId() + " failed", problem);
    }
}
