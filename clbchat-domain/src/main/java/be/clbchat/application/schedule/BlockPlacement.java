package be.clbchat.application.schedule;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.operator.Operator;
import be.clbchat.domain.operator.OperatorRepository;
import be.clbchat.domain.schedule.AssignmentSource;
import be.clbchat.domain.schedule.ScheduleRepository;
import be.clbchat.domain.schedule.ShiftBlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Putting an operator on a block, whoever does it (the operator, a coordinator, a suggestion taken over): the locks in
 * one order — the operator row, then the block row — so that two tabs of one operator and two operators on the last
 * place queue up rather than both getting in; then {@link ShiftBlock#assign} checks every rule.
 * It runs in the caller's transaction and is deliberately not {@code @Transactional} itself: a refusal passing through
 * a transactional interceptor marks the transaction for rollback, and taking a suggestion over records a refused
 * placement in that same transaction.
 */
@ApplicationScoped
class BlockPlacement {

    /** Longer than any block: what an operator is on a day either side is enough to find an overlap. */
    static final Duration LONGEST_BLOCK = Duration.ofDays(1);

    @Inject
    private OperatorRepository operators;

    @Inject
    private ScheduleRepository schedule;

    @Inject
    private Clock clock;

    ShiftBlock place(String username, long blockId, AssignmentSource source, String by) {
        Operator operator = operators.lock(username); // made here for a login that never opened the console
        ShiftBlock block = lockBlock(blockId);
        block.assign(operator, source, by, clock.instant(), schedule.policy(block.line()).cutoff(),
                schedule.blocksOf(username, block.startsAt().minus(LONGEST_BLOCK), block.endsAt().plus(LONGEST_BLOCK)));
        return block;
    }

    /** The block, locked; a refusal when it is gone. */
    ShiftBlock lockBlock(long blockId) {
        return schedule.lockBlock(blockId).orElseThrow(() ->
                Refusal.notFound("unknown-block", "Dit blok bestaat niet (meer)."));
    }
}
