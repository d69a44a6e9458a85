package be.clbchat.web.chat;

import be.clbchat.application.chat.ChatService;
import be.clbchat.domain.Refusal;
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
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The anonymous visitor's side of a chat (docs/chat-protocol.md). One instance per connection; a connection holds at
 * most one chat. It converts frames, calls {@link ChatService} and answers; pushes to others come from {@link ChatHub}.
 */
@Dependent // a CDI bean (one per connection), so that its @Inject fields are filled
@ServerEndpoint(value = "/ws/visitor", configurator = VisitorEndpoint.Handshake.class)
public class VisitorEndpoint {

    /** Where the handshake's source key ({@link VisitorSource}) is kept for the socket. */
    static final String SOURCE = "clbchat.source";

    /** Takes the source key from the handshake into the socket's properties; instances are made as by default. */
    public static class Handshake extends ServerEndpointConfig.Configurator {
        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request,
                                    HandshakeResponse response) {
            config.getUserProperties().put(SOURCE, VisitorSource.of(request.getHeaders()));
        }
    }

    private static final Logger LOG = Logger.getLogger(VisitorEndpoint.class.getName());

    @Inject
    private ChatService chats;

    @Inject
    private ChatHub hub;

    @Inject
    private be.clbchat.application.handover.HandoverService handovers;

    private Connection connection;
    private UUID chatId;
    private MessageRate rate;
    private MessageRate frames;
    private final FrameAssembly assembly = new FrameAssembly();
    private long lastTypingNanos;
    /** The client's opaque key, and whether this socket counts against it. */
    private String source = "";
    private boolean counted;

    @OnOpen
    public void open(Session session) {
        session.setMaxIdleTimeout(Limits.IDLE_TIMEOUT_MS);
        session.setMaxTextMessageBufferSize(Limits.MAX_FRAME_CHARS);
        session.setMaxBinaryMessageBufferSize(Limits.MAX_BINARY_BYTES);
        connection = hub.connection(session);
        rate = MessageRate.forChatMessages(System.nanoTime());
        frames = Limits.frameRate(System.nanoTime());
        Object key = session.getUserProperties().get(SOURCE);
        source = key instanceof String text ? text : "";
        counted = hub.sources().socketOpened(source);
        if (!counted) {
            connection.close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "te veel verbindingen");
        }
    }

    /** The browser's answer to the server's ping: the visitor's line is alive. */
    @OnMessage
    public void pong(PongMessage pong) {
        connection.heard();
    }

    /** A text message, or a fragment of one: the size limit holds for the whole message. */
    @OnMessage
    public void message(String part, boolean last) {
        if (!counted) {
            return; // refused at the open (too many sockets from its source) and being closed
        }
        connection.heard();
        assembly.accept(part, last, connection, this::frame);
    }

    /** Not part of the protocol: answered, never gathered, and metered like every frame. */
    @OnMessage
    public void binary(ByteBuffer part, boolean last) {
        if (!counted) {
            return;
        }
        connection.heard();
        if (!last) {
            return;
        }
        try {
            if (metered()) {
                connection.send(Frames.binaryRefused(chatId));
            }
        } catch (RuntimeException e) {
            connection.send(Errors.frame(e, chatId, null, LOG));
        }
    }

    private void frame(String text) {
        InboundFrame frame = null;
        try {
            frame = InboundFrame.parse(text);
            if (!metered()) {
                return;
            }
            String type = frame.type();
            switch (type) {
                case "start" -> start(frame);
                case "resume" -> resume(frame);
                case "send" -> send(frame);
                case "typing" -> typing();
                case "end" -> end(frame);
                case "rate" -> rate(frame);
                case "handoverAnswer" -> handovers.answer(chat(), frame.uuid("handoverId"), frame.bool("agree"),
                        frame.optionalBool("share").orElse(false));
                case "ping" -> connection.send(Frames.pong());
                default -> throw Refusal.invalid("unknown-type", "Onbekend type \"" + type + "\".");
            }
        } catch (RuntimeException e) {
            connection.send(Errors.frame(e, chatId, frame, LOG));
        }
    }

    /** Whether the frame may be handled: every frame costs, so every frame counts (typing and ping too). */
    private boolean metered() {
        switch (frames.attempt(System.nanoTime())) {
            case REFUSED -> throw Refusal.conflict("too-fast",
                    "Je stuurt te veel na elkaar. Wacht even en probeer het dan opnieuw.");
            case CUT_OFF -> {
                connection.closeInTurn(CloseReason.CloseCodes.VIOLATED_POLICY, "te veel berichten");
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private void start(InboundFrame frame) {
        noChatYet();
        VisitorProfile visitor = new VisitorProfile(frame.text("nickname"), frame.code("role", VisitorRole.class),
                frame.optionalWholeNumber("age").orElse(null), frame.optionalCode("gender", Gender.class).orElse(null),
                frame.optionalCode("device", DeviceClass.class).orElse(null));
        String line = frame.text("line");
        Optional<String> pseudonym = frame.optionalText("pseudonym");
        if (!hub.mayStartFrom(source) || !hub.mayStartChat()) {
            // The same answer for a flood from one place and for a busy evening: nothing to learn from it.
            throw Refusal.conflict("busy", "Het is nu erg druk. Probeer het over een minuutje opnieuw.");
        }
        ChatService.StartResult result = chats.start(line, visitor, pseudonym);
        if (result instanceof ChatService.Closed closed) {
            connection.send(Frames.closed(line, closed.nextOpening()));
            return;
        }
        if (result instanceof ChatService.Unavailable) {
            connection.send(Frames.unavailable());
            return;
        }
        ChatService.Queued queued = (ChatService.Queued) result;
        chatId = queued.chat().id();
        hub.sources().waiting(source, chatId);
        connection.hold();
        hub.addVisitor(chatId, connection);
        List<String> first = new ArrayList<>();
        try {
            // Read after registering: whatever happens from here on is pushed behind this first answer.
            Chat now = chats.current(chatId);
            String position = now.state() == ChatState.QUEUED ? hub.queuedFrame(chatId, queued.resumeToken()) : null;
            if (position != null) {
                first.add(position);
            } else {
                first.addAll(stateFrames(now, queued.resumeToken()));
            }
        } catch (RuntimeException e) {
            // The chat exists: the visitor must get its token, the only key to it, whatever failed here.
            LOG.log(Level.WARNING, "Could not tell the visitor of new chat " + chatId + " its place", e);
            first.add(Frames.resumed(queued.chat(), queued.resumeToken()));
        } finally {
            connection.release(first);
        }
    }

    private void resume(InboundFrame frame) {
        noChatYet();
        String token = frame.text("resumeToken");
        int lastSeq = frame.optionalWholeNumber("lastSeq").orElse(0);
        if (lastSeq < 0) {
            throw Refusal.invalid("invalid-field", "\"lastSeq\" is 0 of meer.");
        }
        ChatService.Resumed resumed = chats.resume(token);
        UUID chat = resumed.chat().id();
        chatId = chat;
        connection.hold();
        hub.addVisitor(chat, connection);
        List<String> first = new ArrayList<>();
        try {
            // Connected again after registering, so that the close of an older socket cannot leave it marked away.
            chats.visitorConnected(chat, true);
            Chat now = chats.current(chat);
            first.add(Frames.resumed(now, resumed.resumeToken()));
            // After the end only the rating is left: the transcript is not sent again to whoever has the token.
            if (now.state() != ChatState.ENDED) {
                for (ChatMessage missed : chats.messagesAfter(chat, lastSeq)) {
                    first.add(Frames.message(null, missed));
                }
            }
            if (now.state() == ChatState.QUEUED) {
                String position = hub.queuedFrame(chat, null);
                if (position != null) {
                    first.add(position);
                }
            } else if (now.state() == ChatState.ENDED) {
                first.add(Frames.ended(null, now));
            }
            // A question about a hand-over asked while away is asked again; one going on is told again.
            if (now.state() != ChatState.ENDED) {
                handovers.openOf(chat).ifPresent(open -> first.add(HandoverFrames.forVisitor(open, hub::lineName)));
            }
        } finally {
            connection.release(first);
        }
    }

    /** What a visitor who missed the news needs to hear about the chat's state, with the token. */
    private static List<String> stateFrames(Chat now, String token) {
        List<String> frames = new ArrayList<>();
        frames.add(Frames.resumed(now, token));
        if (now.state() == ChatState.ACTIVE) {
            frames.add(Frames.accepted(now));
        } else if (now.state() == ChatState.ENDED) {
            frames.add(Frames.ended(null, now));
        }
        return frames;
    }

    private void send(InboundFrame frame) {
        UUID chat = chat();
        UUID clientMsgId = frame.uuid("clientMsgId");
        String text = frame.text("text");
        switch (rate.attempt(System.nanoTime())) {
            case REFUSED -> throw Refusal.conflict("too-fast",
                    "Je stuurt te veel berichten na elkaar. Wacht even en stuur dit bericht opnieuw.");
            case CUT_OFF -> {
                connection.closeInTurn(CloseReason.CloseCodes.VIOLATED_POLICY, "te veel berichten");
                return;
            }
            case ALLOWED -> {
                // go on
            }
        }
        ChatService.Posted posted = chats.post(chat, Party.VISITOR, null, clientMsgId, text);
        connection.send(Frames.ack(null, posted.message()));
    }

    private void end(InboundFrame frame) {
        UUID chat = chat();
        if (frame.optionalBool("quickExit").orElse(false)) {
            chats.quickExit(chat);
        } else {
            chats.end(chat, Party.VISITOR, null);
        }
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
            throw Refusal.conflict("no-chat", "Begin eerst een gesprek (start) of ga verder met een gesprek (resume).");
        }
        if (!hub.isVisitorOf(chatId, connection)) {
            throw Refusal.conflict("replaced", "Dit gesprek gaat verder in een ander venster of op een ander toestel.");
        }
        return chatId;
    }

    private void noChatYet() {
        if (chatId != null) {
            throw Refusal.conflict("already-started", "Deze verbinding heeft al een gesprek.");
        }
    }

    @OnClose
    public void close(Session session) {
        if (counted) {
            counted = false;
            hub.sources().socketClosed(source);
        }
        if (chatId != null && hub.removeVisitor(chatId, connection)) {
            try {
                chats.visitorConnected(chatId, false);
                // A new socket may have registered (and noted the visitor back) meanwhile: the last word is theirs.
                if (hub.hasVisitor(chatId)) {
                    chats.visitorConnected(chatId, true);
                }
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
