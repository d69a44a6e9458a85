package be.clbchat.application.schedule;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.operator.Operator;
import be.clbchat.domain.operator.OperatorProfile;
import be.clbchat.domain.schedule.DayKind;
import be.clbchat.domain.schedule.RosterProposal;
import be.clbchat.domain.schedule.ShiftBlock;
import be.clbchat.domain.schedule.ShiftTemplate;
import be.clbchat.domain.schedule.StaffingNeed;
import be.clbchat.domain.schedule.roster.Roster;
import be.clbchat.domain.schedule.roster.RosterReport;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The coordinators' side of the schedule: templates, blocks, profiles, counts, and the suggested roster's data. */
public interface SchedulePlanningService {

    /** The longest period blocks are made for, or a roster suggested for, at once. */
    int MAX_DAYS = 200;

    /** The longest period whose blocks one call lists (a calendar, the dashboard). */
    int MAX_LISTED_DAYS = 400;

    List<ShiftTemplate> templates(String line);

    /** A new template ({@code id} null) or a change; refused when it clashes with another of the same day. */
    ShiftTemplate saveTemplate(Long id, String line, DayKind kind, DayOfWeek weekday, LocalTime starts, LocalTime ends,
                               StaffingNeed need, String by);

    void removeTemplate(long id);

    int cutoffHours(String line);

    void changeCutoff(String line, int hours, String by);

    /** Makes the blocks of a period match the templates and the opening hours now. */
    SyncResult generate(String line, LocalDate from, LocalDate to, String by);

    /** What making the blocks of a period changed; {@code renewed}: blocks that took a template's new need. */
    record SyncResult(int created, int removed, int flagged, int unflagged, int renewed) {
    }

    /**
     * After the opening rules changed: the blocks from today to the last planned one follow the new hours (new ones
     * for extra openings, empty ones out, ones with people on them flagged).
     */
    void followOpeningHours(String line);

    /** One block by hand; it must lie within one opening interval. */
    ShiftBlock addBlock(String line, Instant start, Instant end, StaffingNeed need, String by);

    /** Removes an empty block (take the operators off it first). */
    void removeBlock(long blockId);

    List<ShiftBlock> blocks(String line, LocalDate from, LocalDate to);

    Optional<ShiftBlock> block(long blockId);

    /** Every operator login with its profile and shift count in {@code month}, against the wish. */
    List<OperatorLoad> loads(String line, YearMonth month);

    record OperatorLoad(String username, Operator operator, int shifts) {

        public int wish() {
            return operator.profile().wishedShiftsPerMonth();
        }
    }

    OperatorProfile profile(String username);

    /** Replaces an operator's profile; a {@link Refusal} says per field what is wrong. */
    void describe(String username, OperatorProfile profile);

    /** Whether the operator is an "ondersteuner" (the live board, colleagues' support requests). */
    boolean supporter(String username);

    void markSupporter(String username, boolean supporter);

    /** The gaps of a period as a planning problem, with who is already where fixed. */
    Roster rosterProblem(String line, LocalDate from, LocalDate to);

    RosterProposal storeProposal(String line, LocalDate from, LocalDate to, RosterReport report, String score,
                                 long solveMillis, String by);

    Optional<RosterProposal> proposal(long id);

    /** Takes one proposed placement over; the refusal (full, overlapping, …) when it no longer fits. */
    Optional<String> acceptItem(long proposalId, long blockId, String username, String by);

    /** The proposal's open placements, in the order to take them over. */
    Set<String> openItems(long proposalId);
}
