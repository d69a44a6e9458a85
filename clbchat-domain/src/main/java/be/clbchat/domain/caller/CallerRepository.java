package be.clbchat.domain.caller;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Fake-call marks and blocks, looked up by the keyed hash of a pseudonym. */
public interface CallerRepository {

    Optional<FakeCallMark> mark(String chatId);

    /** The mark, its row locked until the transaction ends. */
    Optional<FakeCallMark> lockMark(String chatId);

    void add(FakeCallMark mark);

    void remove(FakeCallMark mark);

    /** Marks waiting for review and not expired yet, oldest first. */
    List<FakeCallMark> pending(Instant now);

    /** Accepted marks still active, soonest end first. */
    List<FakeCallMark> activeMarks(Instant now);

    /** Marks reviewed since {@code since}, newest first. */
    List<FakeCallMark> reviewedSince(Instant since);

    /** The accepted marks of a pseudonym that are still active. */
    List<FakeCallMark> activeMarks(String pseudonymHash, Instant now);

    void add(CallerBlock block);

    Optional<CallerBlock> lockBlock(long id);

    /** Blocks that are not over, soonest end first. */
    List<CallerBlock> activeBlocks(Instant now);

    boolean blocked(String pseudonymHash, Instant now);

    /** Wipes the pseudonym of marks and blocks that are over; returns how many rows lost it. */
    int forgetExpired(Instant now);
}
