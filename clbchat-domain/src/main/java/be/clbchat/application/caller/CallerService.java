package be.clbchat.application.caller;

import be.clbchat.domain.caller.CallerBlock;
import be.clbchat.domain.caller.CallerCaution;
import be.clbchat.domain.caller.FakeCallMark;
import be.clbchat.domain.chat.Chat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Suspected fake callers: the coordinators' review of operators' marks, the caution an operator gets when a marked
 * pseudonym returns, and blocks. Only the coordination team and admins review and block.
 */
public interface CallerService {

    /** A mark in the review list with what the coordinator needs to judge it (never the transcript). */
    record MarkView(FakeCallMark mark, String operatorAlias, List<String> themes, String registrationNote,
                    int earlierMarks, boolean blocked) {
        public MarkView {
            themes = List.copyOf(themes);
        }
    }

    /** The review page: marks to review, accepted marks still active, blocks still on, and the last month's decisions. */
    record Review(List<MarkView> pending, List<MarkView> active, List<CallerBlock> blocks, List<MarkView> decided) {
        public Review {
            pending = List.copyOf(pending);
            active = List.copyOf(active);
            blocks = List.copyOf(blocks);
            decided = List.copyOf(decided);
        }
    }

    Review review(String caller);

    /** One mark as the review shows it. */
    MarkView view(String caller, UUID chat);

    FakeCallMark accept(String caller, UUID chat, String note, int days);

    FakeCallMark reject(String caller, UUID chat, String note);

    /** Blocks the pseudonym of a marked chat for {@code days} days. */
    CallerBlock block(String caller, UUID chat, int days, String note);

    CallerBlock lift(String caller, long block);

    /** What the operator of these chats should know about their pseudonyms; chats without a caution are left out. */
    Map<UUID, CallerCaution> cautions(List<Chat> chats);

    Optional<CallerCaution> caution(Chat chat);

    /**
     * Follows a registration: a chat newly registered as "vermoedelijke nepoproep" goes to the review list; a mark
     * still waiting for review goes when the operator takes it back. A reviewed mark stays: the coordinator decided.
     */
    void registered(Chat chat, String by, boolean suspectedFake);

    /** Wipes the pseudonym of marks and blocks that are over. */
    int forgetExpired();
}
