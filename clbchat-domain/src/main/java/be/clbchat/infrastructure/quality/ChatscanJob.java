package be.clbchat.infrastructure.quality;

import be.clbchat.application.quality.ChatscanService;
import be.clbchat.infrastructure.database.DatabasePreparation;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour: the chatscan draw of the last period that is over. Repeating it is harmless (an operator drawn already
 * is left alone), and it also draws for an operator who registered their chats only after the period ended, or after
 * the server was down on the first day — so no day of the draw can be missed.
 */
@Singleton
public class ChatscanJob {

    private static final Logger LOG = Logger.getLogger(ChatscanJob.class.getName());

    @Inject
    private ChatscanService chatscans;

    @Inject
    private DatabasePreparation database;

    @Schedule(hour = "*", minute = "23", persistent = false)
    void draw() {
        if (!database.prepared()) {
            return;
        }
        try {
            chatscans.drawDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not draw the chatscan of the last period", e);
        }
    }
}
