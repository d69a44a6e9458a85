package be.clbchat.web.chat;

import be.clbchat.application.chat.ChatService;
import be.clbchat.application.staff.StaffAccountService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.MessageRate;
import be.clbchat.domain.chat.Party;
import be.clbchat.domain.staff.StaffAccount;
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
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The operator console's socket (docs/chat-protocol.md): queue, accepting, several chats at once. Only operators reach it: web.xml puts /ws/operator behind the login with the role operator, so the handshake carries
 * the console's login session and {@link Session#getUserPrincipal()} is the operator.
 */
@Dependent // a CDI bean (one per connection), so that its @Inject fields are filled
@ServerEndpoint(value = "/ws/operator", configurator = OperatorEndpoint.Handshake.class)
public class OperatorEndpoint {

    private static final Logger LOG = Logger.getLogger(OperatorEndpoint.class.getName());

    /** Where the key of the login (a hash of its single-sign-on cookie) the socket was opened with is kept. */
    static final String LOGIN = "clbchat.login";

    /** Takes the login's key from the handshake: the socket closes when that login is logged out. */
    public static class Handshake extends ServerEndpointConfig.Configurator {
        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request,
                                    HandshakeResponse response) {
            be.clbchat.infrastructure.security.LoginKeys.fromCookieHeaders(request.getHeaders().entrySet().stream()
                            .filter(header -> header.getKey().equalsIgnoreCase("Cookie"))
                            .flatMap(header -> header.getValue().stream()).toList())
                    .ifPresent(key -> config.getUserProperties().put(LOGIN, key));
        }
    }

    @Inject
    private ChatService chats;

    @Inject
    private ChatHub hub;

    @Inject
    private StaffAccountService accounts;

    @Inject
    private be.clbchat.application.support.SupportService support;

    @Inject
    private be.clbchat.application.handover.HandoverService handovers;

    private Connection connection;
    private String operator;
    private MessageRate rate;
    private MessageRate frames;
    private final FrameAssembly assembly = new FrameAssembly();
    private String login;

    @OnOpen
    public void open(Session session) {
        connection = hub.connection(session);
        if (session.getUserPrincipal() == null) {
            connection.close(CloseReason.CloseCodes.VIOLATED_POLICY, "alleen voor aangemelde chatmedewerkers");
            return;
        }
        if (accounts.account(session.getUserPrincipal().getName()).filter(StaffAccount::isActive).isEmpty()) {
            connection.close(CloseReason.CloseCodes.VIOLATED_POLICY, "account uitgeschakeld");
            return;
        }
        operator = session.getUserPrincipal().getName();
        session.setMaxIdleTimeout(Limits.IDLE_TIMEOUT_MS);
        session.setMaxTextMessageBufferSize(Limits.MAX_FRAME_CHARS);
        session.setMaxBinaryMessageBufferSize(Limits.MAX_BINARY_BYTES);
        rate = MessageRate.forChatMessages(System.nanoTime());
        frames = Limits.frameRate(System.nanoTime());
        connection.hold();
        hub.addOperator(operator, connection);
        if (session.getUserProperties().get(LOGIN) instanceof String key) {
            login = key;
            hub.inLogin(key, connection);
        }
        try {
            // Read after registering, sent before anything pushed meanwhile (which the console then already knows).
            ChatService.OperatorState state = chats.operatorOnline(operator);
            List<String> first = new java.util.ArrayList<>();
            first.add(Frames.welcome(state, hub.queueFor(operator)));
            state.chats().forEach(chat -> hub.silentHint(chat.id()).ifPresent(first::add));
            // Where each chat's request for support stands, with what was whispered in it.
            state.chats().forEach(chat -> support.ofChat(operator, chat.id()).ifPresent(open ->
                    first.add(SupportFrames.support(open.request(), open.whispers()))));
            // A supporter: how many requests for support wait.
            hub.welcomeWanted(operator).ifPresent(first::add);
            // Where each chat's hand-over stands, and the hand-overs offered to this operator.
            state.chats().forEach(chat -> handovers.openOf(chat.id()).ifPresent(open ->
                    first.add(HandoverFrames.forOperator(open, hub::lineName))));
            hub.welcomeOffers(operator).ifPresent(first::add);
            connection.release(first);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not welcome operator " + operator, e);
            connection.close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "probeer opnieuw");
        }
    }

    /** The browser's answer to the server's ping: the operator's line is alive. */
    @OnMessage
    public void pong(PongMessage pong) {
        if (connection != null) {
            connection.heard();
        }
    }

    /** A text message, or a fragment of one: the size limit holds for the whole message. */
    @OnMessage
    public void message(String part, boolean last) {
        if (operator == null) {
            return;
        }
        connection.heard();
        assembly.accept(part, last, connection, this::frame);
    }

    /** Not part of the protocol: answered, never gathered. */
    @OnMessage
    public void binary(ByteBuffer part, boolean last) {
        if (operator != null && last) {
            connection.send(Frames.binaryRefused(null));
        }
    }

    private void frame(String text) {
        InboundFrame frame = null;
        UUID chatId = null;
        try {
            frame = InboundFrame.parse(text);
            if (frames.attempt(System.nanoTime()) != MessageRate.Verdict.ALLOWED) {
                // Colleagues are not cut off: they are told to slow down.
                throw Refusal.conflict("too-fast", "Je stuurt te veel na elkaar. Wacht even.");
            }
            String type = frame.type();
            if (frame.optionalText("chatId").isPresent()) {
                chatId = frame.uuid("chatId");
            }
            switch (type) {
                // Both answered through the hub, on every tab of the operator at once (this one too), once each.
                case "alias" -> chats.chooseAlias(operator, frame.text("alias"));
                case "availability" -> chats.makeAvailable(operator, frame.bool("available"));
                case "accept" -> chats.acceptNext(operator, frame.optionalText("line").orElse(null));
                case "send" -> send(frame, required(chatId));
                case "typing" -> typing(required(chatId));
                case "end" -> chats.end(required(chatId), Party.OPERATOR, operator);
                // Answered through the hub ("support"), on every tab of the operator.
                case "askSupport" -> support.ask(operator, required(chatId), frame.optionalText("note").orElse(""),
                        frame.optionalBool("urgent").orElse(false));
                case "withdrawSupport" -> support.withdraw(operator, frame.wholeNumber("requestId"));
                // docs/chat-protocol.md "Hand-over": the options are this tab's answer, the rest goes through the hub.
                case "handoverOptions" -> connection.send(HandoverFrames.options(
                        handovers.options(operator, required(chatId))));
                case "handOver" -> handovers.offer(operator, required(chatId), handoverKind(frame),
                        frame.optionalBool("warm").orElse(true), frame.optionalText("to"),
                        frame.optionalText("note").orElse(""));
                case "withdrawHandover" -> handovers.withdraw(operator, frame.uuid("handoverId"));
                case "takeHandover" -> handovers.take(operator, frame.uuid("handoverId"));
                case "ping" -> connection.send(Frames.pong());
                default -> throw Refusal.invalid("unknown-type", "Onbekend type \"" + type + "\".");
            }
        } catch (RuntimeException e) {
            connection.send(Errors.frame(e, chatId, frame, LOG));
        }
    }

    private void send(InboundFrame frame, UUID chatId) {
        UUID clientMsgId = frame.uuid("clientMsgId");
        String text = frame.text("text");
        if (rate.attempt(System.nanoTime()) != MessageRate.Verdict.ALLOWED) {
            // Colleagues are not cut off: they are told to slow down.
            throw Refusal.conflict("too-fast", "Je stuurt te veel berichten na elkaar. Wacht even.");
        }
        ChatService.Posted posted = chats.post(chatId, Party.OPERATOR, operator, clientMsgId, text);
        connection.send(Frames.ack(chatId, posted.message()));
    }

    private void typing(UUID chatId) {
        if (chats.operatorOf(chatId).filter(operator::equals).isPresent()) {
            hub.typing(chatId, Party.OPERATOR);
        }
    }

    private static be.clbchat.domain.handover.HandoverKind handoverKind(InboundFrame frame) {
        return switch (frame.text("kind")) {
            case "colleague" -> be.clbchat.domain.handover.HandoverKind.COLLEAGUE;
            case "line" -> be.clbchat.domain.handover.HandoverKind.LINE;
            default -> throw Refusal.invalid("invalid-field", "\"kind\" is colleague of line.");
        };
    }

    private static UUID required(UUID chatId) {
        if (chatId == null) {
            throw Refusal.invalid("invalid-field", "\"chatId\" is verplicht.");
        }
        return chatId;
    }

    @OnClose
    public void close(Session session) {
        if (login != null) {
            hub.outOfLogin(login, connection);
        }
        if (operator != null && hub.removeOperator(operator, connection)) {
            try {
                chats.operatorOffline(operator);
                // Another tab may have opened meanwhile: the last word is theirs.
                if (hub.hasOperator(operator)) {
                    chats.operatorOnline(operator);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not note that operator " + operator + " went offline", e);
            }
        }
    }

    @OnError
    public void error(Session session, Throwable problem) {
        LOG.log(Level.FINE, "Operator connection " + session.getId() + " failed", problem);
    }
}
