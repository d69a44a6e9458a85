package be.clbchat.infrastructure.chat;

import be.clbchat.application.chat.ChatService;
import be.clbchat.infrastructure.database.DatabasePreparation;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds: ends the chats of visitors gone longer than the grace period and gives the chats of operators
 * gone that long back to the queue. The state it works from is in the database, so a restart changes nothing.
 */
@Singleton
public class ChatJanitor {

    private static final Logger LOG = Logger.getLogger(ChatJanitor.class.getName());

    @Inject
    private ChatService chats;

    @Inject
    private DatabasePreparation database;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void sweep() {
        if (!database.prepared()) {
            return;
        }
        try {
            chats.expireAbsent();
        } catch (RuntimeException e) {
            // The next sweep tries again; one failed sweep must not stop the timer.
            LOG.log(Level.WARNING, "Could not end or give back chats of absent visitors and operators", e);
        }
    }
}
