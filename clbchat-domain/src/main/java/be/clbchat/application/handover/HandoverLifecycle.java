package be.clbchat.application.handover;

import be.clbchat.application.chat.ChatEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An open hand-over lapses when its chat ends or goes back to the queue (its operator dropped): the receivers' offer
 * goes away and the visitor's question with it. Heard after the chat's change committed, in a transaction of its own.
 */
@ApplicationScoped
public class HandoverLifecycle {

    private static final Logger LOG = Logger.getLogger(HandoverLifecycle.class.getName());

    @Inject
    private HandoverService handovers;

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatEvent event) {
        UUID chat = event instanceof ChatEvent.Ended ended ? ended.chat().id()
                : event instanceof ChatEvent.GivenBack givenBack ? givenBack.chat().id() : null;
        if (chat == null) {
            return;
        }
        try {
            handovers.chatLeftOperator(chat);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not end the open hand-over of chat " + chat, e);
        }
    }
}
