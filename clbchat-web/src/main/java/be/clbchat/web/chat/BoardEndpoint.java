package be.clbchat.web.chat;

import be.clbchat.application.quality.LiveBoardService;
import be.clbchat.application.support.SupportService;
import be.clbchat.domain.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live board's socket (docs/chat-protocol.md, "Live board" and "Support"). web.xml puts /ws/board behind the
 * login; the service says who may see which lines — coordinators and admins every line, an operator marked
 * "ondersteuner" CLBch@t's lines of their teams — and anyone else is closed with 1008. A supporter takes a request for
 * support here ({@code take}) and whispers to its operator ({@code whisper}).
 */
@Dependent
@ServerEndpoint("/ws/board")
public class BoardEndpoint {

    private static final Logger LOG = Logger.getLogger(BoardEndpoint.class.getName());

    @Inject
    private BoardHub boards;

    @Inject
    private ChatHub hub;

    @Inject
    private LiveBoardService board;

    @Inject
    private SupportService support;

    private Connection connection;
    private String viewer;
    private be.clbchat.domain.chat.MessageRate frames;

    @OnOpen
    public void open(Session session) {
        connection = hub.connection(session);
        if (session.getUserPrincipal() == null) {
            connection.close(CloseReason.CloseCodes.VIOLATED_POLICY, "alleen voor aangemelde medewerkers");
            return;
        }
        LiveBoardService.Scope scope;
        try {
            scope = board.scopeOf(session.getUserPrincipal().getName());
        } catch (Refusal refusal) {
            connection.close(CloseReason.CloseCodes.VIOLATED_POLICY, "alleen voor coördinatoren en ondersteuners");
            return;
        }
        session.setMaxIdleTimeout(Limits.IDLE_TIMEOUT_MS);
        session.setMaxTextMessageBufferSize(Limits.MAX_FRAME_CHARS);
        frames = Limits.frameRate(System.nanoTime());
        try {
            viewer = session.getUserPrincipal().getName();
            boards.add(connection, viewer, scope);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not open the live board", e);
            connection.close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "probeer opnieuw");
        }
    }

    /** {@code take} a request for support, {@code whisper} in one taken, or {@code ping}; an error frame if refused. */
    @OnMessage
    public void message(String text) {
        if (viewer == null) {
            return;
        }
        InboundFrame frame = null;
        try {
            frame = InboundFrame.parse(text);
            if (frames.attempt(System.nanoTime()) != be.clbchat.domain.chat.MessageRate.Verdict.ALLOWED) {
                throw Refusal.conflict("too-fast", "Je stuurt te veel na elkaar. Wacht even.");
            }
            switch (frame.type()) {
                case "take" -> boards.tookRequest(viewer, support.take(viewer, frame.wholeNumber("requestId")));
                case "whisper" -> support.whisper(viewer, frame.wholeNumber("requestId"), frame.text("text"));
                case "ping" -> connection.send(Frames.pong());
                default -> throw Refusal.invalid("unknown-type", "Onbekend type \"" + frame.type() + "\".");
            }
        } catch (RuntimeException e) {
            connection.send(Errors.frame(e, null, frame, LOG));
        }
    }

    @OnMessage
    public void pong(PongMessage pong) {
        // The browser's answer to a ping: nothing to do.
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        if (connection != null) {
            boards.remove(connection);
        }
    }
}
