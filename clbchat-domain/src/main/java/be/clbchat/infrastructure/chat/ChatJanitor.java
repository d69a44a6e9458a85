package be.clbchat.infrastructure.chat;

import be.clbchat.application.caller.CallerService;
import be.clbchat.application.chat.ChatService;
import be.clbchat.application.quality.TranscriptRetention;
import be.clbchat.infrastructure.database.DatabasePreparation;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds: ends the chats of visitors gone longer than the grace period and gives the chats of operators
 * gone that long back to the queue. The state it works from is in the database, so a restart changes nothing.
 * Every hour (and at start): deletes the transcripts past the retention period (the chats' anonymous facts stay;
 * chats under review are kept a while longer, see {@link TranscriptRetention}) and
 * wipes the pseudonyms of fake-call marks and blocks that are over.
 */
@Singleton
public class ChatJanitor {

    private static final Logger LOG = Logger.getLogger(ChatJanitor.class.getName());

    @Inject
    private ChatService chats;

    @Inject
    private CallerService callers;

    @Inject
    private TranscriptRetention retention;

    @Inject
    private DatabasePreparation database;

    /** Whether old chats were deleted since this server started. */
    private boolean forgotSinceStart;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void sweep() {
        if (!database.prepared()) {
            return;
        }
        if (!forgotSinceStart) {
            forgetOld();
            forgotSinceStart = true;
        }
        // Two transactions: one failing (the next sweep tries again) does not undo the other.
        try {
            chats.expireAbsentVisitors();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not end the chats of absent visitors", e);
        }
        try {
            chats.expireAbsentOperators();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not give back the chats of absent operators", e);
        }
    }

    /** What the visitor's page promises: a transcript is deleted after the retention period. Hourly, and at start. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    void forgetOld() {
        if (!database.prepared()) {
            return;
        }
        try {
            retention.forgetDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete the transcripts past the retention period", e);
        }
        try {
            callers.forgetExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not wipe the pseudonyms of expired fake-call marks and blocks", e);
        }
    }
}
