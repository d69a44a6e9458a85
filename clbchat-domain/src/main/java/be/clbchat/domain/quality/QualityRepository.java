package be.clbchat.domain.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The audit log of transcript reads and the chatscan. */
public interface QualityRepository {

    void add(TranscriptRead read);

    /** Reads in [{@code from}, {@code to}), newest first, at most {@code max}; by one reader or of one chat if given. */
    List<TranscriptRead> reads(Optional<String> reader, Optional<String> chatId, Instant from, Instant to, int max);

    ChatscanSetting setting();

    /** The setting, its row locked until the transaction ends. */
    ChatscanSetting lockSetting();

    /** The items of the feedback form in their order; the retired ones too when asked. */
    List<ChatscanItem> items(boolean withRetired);

    Optional<ChatscanItem> item(long id);

    void add(ChatscanItem item);

    void add(Chatscan chatscan);

    Optional<Chatscan> chatscan(long id);

    /** The chatscan, its row locked until the transaction ends. */
    Optional<Chatscan> lockChatscan(long id);

    Optional<Chatscan> chatscanOfChat(String chatId);

    /** The chatscans of the period starting {@code periodStart}, oldest first. */
    List<Chatscan> chatscans(LocalDate periodStart);

    /** The chatscans of one operator, newest first. */
    List<Chatscan> chatscansOf(String operator);

    /**
     * Per operator, the chats they may be drawn from: ended in [{@code from}, {@code to}) on a line that is not a
     * CLB's box, registered, with their transcript, and not in the chatscan yet.
     */
    Map<String, List<String>> drawCandidates(Instant from, Instant to);

    /**
     * The chats of {@code operator} that ended since {@code since} and still have their transcript, newest first, at
     * most {@code max}: what they can read back or ask feedback on.
     */
    List<String> endedChatsOf(String operator, Instant since, int max);

    /** Per operator, how many chats they ended in [{@code from}, {@code to}) on a line that is not a CLB's box. */
    Map<String, Long> chatsPerOperator(Instant from, Instant to);
}
