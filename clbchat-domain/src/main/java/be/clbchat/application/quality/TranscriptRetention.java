package be.clbchat.application.quality;

import be.clbchat.application.chat.ChatSettings;
import be.clbchat.domain.chat.ChatRepository;
import be.clbchat.domain.quality.TranscriptHold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * What the visitor's page promises: a transcript (messages, nickname, rating comment, pseudonym) is deleted once the
 * retention period after the chat is over — unless the chat is held for a review ({@link TranscriptHold}); the
 * anonymous facts and the registration stay for the statistics. Safe to run twice: a deleted transcript is not due.
 */
@ApplicationScoped
@Transactional
public class TranscriptRetention {

    private static final Logger LOG = Logger.getLogger(TranscriptRetention.class.getName());

    @Inject
    private ChatRepository chats;

    @Inject
    private ChatSettings settings;

    @Inject
    private Clock clock;

    /** The hourly job: every transcript that is due. Returns how many went, and logs it (zero too: the job ran). */
    public int forgetDue() {
        int forgotten = forget(Optional.empty());
        LOG.info(() -> "Deleted the transcripts of " + forgotten + " chats that ended more than "
                + settings.retention().toDays() + " days ago (chats under review up to "
                + TranscriptHold.ceiling(settings.retention()).toDays() + " days); their anonymous facts stay.");
        return forgotten;
    }

    /**
     * What ends a review calls, in the same transaction (so that it sees the review done): the chat's transcript
     * goes at once when it is past the retention period and nothing holds it any more. Returns whether it went.
     */
    public boolean forgetIfDue(UUID chat) {
        boolean forgotten = forget(Optional.of(chat)) > 0;
        if (forgotten) {
            LOG.info(() -> "Deleted the transcript of a chat past the retention period once its review was done.");
        }
        return forgotten;
    }

    /** Past the retention period, unless held for a review (up to its ceiling): every chat, or only {@code chat}. */
    private int forget(Optional<UUID> chat) {
        Instant now = clock.instant();
        return chats.forgetTranscriptsEndedBefore(now.minus(settings.retention()),
                now.minus(TranscriptHold.ceiling(settings.retention())), chat, now);
    }
}
