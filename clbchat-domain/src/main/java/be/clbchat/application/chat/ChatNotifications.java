package be.clbchat.application.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands every {@link ChatEvent} to the subscribers (the WebSocket hub) after its transaction committed. A relay
 * rather than observers in the web module: events fired in this module do not reach observers in a web module of
 * the EAR, which this module cannot see.
 */
@ApplicationScoped
public class ChatNotifications {

    private static final Logger LOG = Logger.getLogger(ChatNotifications.class.getName());

    private final List<Consumer<ChatEvent>> subscribers = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<ChatEvent> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<ChatEvent> subscriber) {
        subscribers.remove(subscriber);
    }

    void relay(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatEvent event) {
        for (Consumer<ChatEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                // What is stored stays stored; one failing push must not keep the others from being told.
                LOG.log(Level.WARNING, "Could not pass on " + event, e);
            }
        }
    }
}
