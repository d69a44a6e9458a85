package be.clbchat.domain.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where templates, blocks, assignments and proposals are kept (operators: {@link be.clbchat.domain.operator.OperatorRepository}). */
public interface ScheduleRepository {

    List<ShiftTemplate> templates(String line);

    Optional<ShiftTemplate> template(long id);

    void add(ShiftTemplate template);

    void remove(ShiftTemplate template);

    /** The line's policy; the default (48 hours) when none is stored yet. */
    ShiftPolicy policy(String line);

    /**
     * The line's policy row, locked for this transaction: whoever changes the blocks of a line (a coordinator, or
     * the blocks following new opening hours on any server) does so one at a time.
     */
    ShiftPolicy lockPolicy(String line);

    /** Blocks that overlap [from, to), with who is on them, in time order. */
    List<ShiftBlock> blocks(String line, Instant from, Instant to);

    Optional<ShiftBlock> block(long id);

    /** When the line's last block starts; empty when it has none. */
    Optional<Instant> lastBlockStart(String line);

    /** The block, locked for this transaction: sign-ups for one block queue up behind each other. */
    Optional<ShiftBlock> lockBlock(long id);

    /** The blocks an operator is on that overlap [from, to). */
    List<ShiftBlock> blocksOf(String username, Instant from, Instant to);

    void add(ShiftBlock block);

    void remove(ShiftBlock block);

    void add(RosterProposal proposal);

    Optional<RosterProposal> proposal(long id);

    /** The proposal, locked for this transaction. */
    Optional<RosterProposal> lockProposal(long id);
}
