package be.clbchat.web.chat;

import be.clbchat.application.quality.LiveBoardService;
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
 * The live board's socket: it only listens (docs/chat-protocol.md, "Live board"). web.xml puts /ws/board behind the
 * login; the service says who may see which lines — coordinators and admins every line, an operator marked
 * "ondersteuner" CLBch@t's lines of their teams — and anyone else is closed with 1008.
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

    private Connection connection;

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
        try {
            boards.add(connection, scope);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not open the live board", e);
            connection.close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "probeer opnieuw");
        }
    }

    /** The board only listens: whatever the page sends is ignored. */
    @OnMessage
    public void message(String text) {
        // Nothing to do.
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
