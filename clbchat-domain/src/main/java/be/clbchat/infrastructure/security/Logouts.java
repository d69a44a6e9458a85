package be.clbchat.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells whoever holds something of a login (the chat hub: the console's sockets) that it was logged out, from either
 * web module: logging out of the admin pages ends the same single sign-on as logging out of the console. A relay in
 * the shared jar, as events of one web module do not reach another.
 */
@ApplicationScoped
public class Logouts {

    private static final Logger LOG = Logger.getLogger(Logouts.class.getName());

    private final List<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();

    @jakarta.inject.Inject
    private LoginClock clock;

    /** @param subscriber gets the {@link LoginKeys login key} of each logout */
    public void subscribe(Consumer<String> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<String> subscriber) {
        subscribers.remove(subscriber);
    }

    /** Before {@code request.logout()}: the login of this request ends. */
    public void loggingOut(HttpServletRequest request) {
        LoginKeys.of(request).ifPresent(login -> {
            clock.forget(login);
            for (Consumer<String> subscriber : subscribers) {
                try {
                    subscriber.accept(login);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not pass on a logout", e);
                }
            }
        });
    }
}
