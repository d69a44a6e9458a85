package be.clbchat.application.quality;

import be.clbchat.domain.quality.Chatscan;
import be.clbchat.domain.quality.ChatscanItem;
import be.clbchat.domain.quality.ChatscanPeriod;
import be.clbchat.domain.quality.ChatscanSetting;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The chatscan: each period a random ended chat per operator who chatted (or more, as set), reviewed by a coordinator
 * with the feedback form, sent to the operator, answered once. Operators can also ask for feedback on a chat of
 * theirs. Coordinators run it; an operator sees only their own.
 */
public interface ChatscanService {

    /** One operator in a period: chats they ended, chatscans planned (drawn or asked for), done and still open. */
    record OperatorRow(String operator, long chats, long planned, long done, long open) {
    }

    /** A period at a glance, and its chatscans. */
    record Overview(ChatscanPeriod period, int perOperator, List<OperatorRow> operators, List<Chatscan> chatscans) {
        public long planned() {
            return chatscans.size();
        }

        public long done() {
            return chatscans.stream().filter(scan -> scan.state().done()).count();
        }

        public long open() {
            return planned() - done();
        }

        /** Operators with at least one chatscan done in the period: the annual report's "voor N operatoren". */
        public long operatorsDone() {
            return operators.stream().filter(row -> row.done() > 0).count();
        }
    }

    /**
     * What a reviewer works from: the chatscan, the transcript (read and audited as a chatscan; empty when it was
     * deleted after its feedback went out and the retention period passed), the form.
     */
    record Review(Chatscan chatscan, java.util.Optional<TranscriptService.Transcript> transcript,
                  List<ChatscanItem> items) {
    }

    ChatscanSetting setting();

    void changeSetting(String caller, int periodMonths, int perOperator);

    List<ChatscanItem> items(boolean withRetired);

    ChatscanItem addItem(String caller, String text, boolean scored);

    ChatscanItem changeItem(String caller, long id, String text, boolean scored);

    void retireItem(String caller, long id);

    /** The period {@code key} ("2026-11") names with today's setting; blank: the last period that is over. */
    ChatscanPeriod period(String key);

    /**
     * Draws the chats of {@code period} for every operator who has fewer than the setting asks (a coordinator; the
     * period must be over). Safe to repeat: an operator drawn already is left alone. Returns how many were drawn.
     */
    int draw(String caller, ChatscanPeriod period);

    /** The daily job: draws the last period that is over. */
    int drawDue();

    Overview overview(String caller, ChatscanPeriod period);

    /** Opens a chatscan for review: its transcript is read (and audited) as a chatscan. */
    Review review(String caller, long id);

    /**
     * Sends the feedback: {@code scores} and {@code comments} by item id, and free text. Refused (and nothing changed)
     * when a scored item has no score 1-5, a text is too long, or someone sent it meanwhile.
     */
    Chatscan send(String caller, long id, Map<Long, Integer> scores, Map<Long, String> comments, String feedback);

    /**
     * One of the operator's own ended chats they can still read back: when it ended, the visitor's nickname, and the
     * chatscan it is in (if any).
     */
    record OwnChat(UUID chatId, String line, String nickname, java.time.Instant endedAt,
                   java.util.Optional<Chatscan> chatscan) {
    }

    /** The caller's ended chats within the retention period, newest first (at most 50). */
    List<OwnChat> ownChats(String caller);

    /** An operator asks for feedback on an ended chat of theirs that still has its transcript. */
    Chatscan request(String caller, UUID chat, String note);

    /** The operator's own chatscans with feedback, and the ones they asked for; newest first. */
    List<Chatscan> mine(String caller);

    /** The operator's one answer to feedback they got. */
    Chatscan answer(String caller, long id, String text);
}
