package be.clbchat.web.chat;

import be.clbchat.domain.Refusal;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns whatever went wrong with a frame into an error frame; only the unexpected is logged. */
final class Errors {

    private Errors() {
    }

    static String frame(RuntimeException problem, UUID chatId, InboundFrame frame, Logger log) {
        String clientMsgId = frame == null ? null : frame.clientMsgIdIfAny().orElse(null);
        if (problem instanceof Refusal refusal) {
            return Frames.error(refusal.code(), refusal.getMessage(), chatId, clientMsgId);
        }
        log.log(Level.WARNING, "A chat frame failed" + (chatId == null ? "" : " in chat " + chatId), problem);
        return Frames.error("server-error", "Er ging iets mis bij ons. Er is niets bewaard; probeer het opnieuw.",
                chatId, clientMsgId);
    }
}
