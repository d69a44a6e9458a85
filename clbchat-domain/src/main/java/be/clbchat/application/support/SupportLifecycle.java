package be.clbchat.application.support;

import be.clbchat.application.chat.ChatEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request for support nobody took closes when its chat ends, goes back to the queue or is handed over: the
 * supporters' alert goes away. Heard after the chat's change committed, in a transaction of its own.
 */
@ApplicationScoped
public class SupportLifecycle {

    private static final Logger LOG = Logger.getLogger(SupportLifecycle.class.getName());

    @Inject
    private SupportService support;

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatEvent event) {
        java.util.UUID chat = event instanceof ChatEvent.Ended ended ? ended.chat().id()
                : event instanceof ChatEvent.GivenBack givenBack ? givenBack.chat().id()
                : event instanceof ChatEvent.HandedOver handedOver ? handedOver.chat().id() : null;
        if (chat == null) {
            return;
        }
        try {
            support.chatLeftOperator(chat);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not close the untaken request for support of chat " + chat, e);
        }
    }
}
