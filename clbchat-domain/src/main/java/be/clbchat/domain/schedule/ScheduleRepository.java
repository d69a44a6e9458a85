package be.clbchat.domain.schedule;

import be.clbchat.domain.chat.Operator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where templates, blocks, assignments, proposals and operator profiles are kept. */
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
    List<ShiftSlot> slots(String line, Instant from, Instant to);

    Optional<ShiftSlot> slot(long id);

    /** When the line's last block starts; empty when it has none. */
    Optional<Instant> lastSlotStart(String line);

    /** The block, locked for this transaction: sign-ups for one block queue up behind each other. */
    Optional<ShiftSlot> lockSlot(long id);

    /** The blocks an operator is on that overlap [from, to). */
    List<ShiftSlot> slotsOf(String username, Instant from, Instant to);

    void add(ShiftSlot slot);

    void remove(ShiftSlot slot);

    Optional<Operator> operator(String username);

    /** The operator row, locked; made when the login never used the console yet. */
    Operator lockOperator(String username);

    Optional<Operator> operatorByCalendar(String tokenHash);

    /** Usernames of active staff logins with the operator role, alphabetically. */
    List<String> operatorLogins();

    /** Whether {@code username} is one of {@link #operatorLogins()}, asked for that one name. */
    boolean isOperatorLogin(String username);

    List<Operator> operators();

    void add(RosterProposal proposal);

    Optional<RosterProposal> proposal(long id);

    /** The proposal, locked for this transaction. */
    Optional<RosterProposal> lockProposal(long id);
}
