package be.clbchat.domain.schedule.roster;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a solved roster proposes and which rules it could not meet, each with why, in words a coordinator reads:
 * "wo 14 jan 14:00-17:00: 1 operator te weinig — niemand meer vrij: 3 staan dan al ingepland, 180 hebben hun
 * gewenste aantal shifts in januari bereikt".
 */
public final class RosterReport {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", DUTCH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", DUTCH);

    /** An operator the proposal puts on a block. */
    public record Placement(long blockId, String username) {
    }

    /** A rule the proposal leaves unmet on a block, and why. */
    public record Unmet(long blockId, String block, String rule, String why) {

        public String sentence() {
            return block + ": " + rule + " — " + why;
        }
    }

    private final List<Placement> placements;
    private final List<Unmet> unmet;

    private RosterReport(List<Placement> placements, List<Unmet> unmet) {
        this.placements = List.copyOf(placements);
        this.unmet = List.copyOf(unmet);
    }

    public static RosterReport of(Roster solved) {
        List<Placement> placements = new ArrayList<>();
        Map<RosterBlock, List<RosterOperator>> added = new HashMap<>();
        Map<RosterOperator, List<RosterBlock>> proposedFor = new HashMap<>();
        for (RosterSeat seat : solved.getSeats()) {
            if (seat.getOperator() != null) {
                placements.add(new Placement(seat.getBlock().blockId(), seat.getOperator().username()));
                added.computeIfAbsent(seat.getBlock(), b -> new ArrayList<>()).add(seat.getOperator());
                proposedFor.computeIfAbsent(seat.getOperator(), o -> new ArrayList<>()).add(seat.getBlock());
            }
        }
        List<Unmet> unmet = new ArrayList<>();
        for (RosterBlock block : solved.getBlocks()) {
            List<RosterOperator> on = added.getOrDefault(block, List.of());
            int filled = block.filled() + on.size();
            String when = DAY.format(block.startTime()) + "-" + HOUR.format(block.endTime());
            if (filled < block.min()) {
                int missing = block.min() - filled;
                unmet.add(new Unmet(block.blockId(), when,
                        missing + (missing == 1 ? " operator" : " operatoren") + " te weinig",
                        why(block, solved.getOperators(), proposedFor, false)));
            }
            boolean medicAdded = on.stream().anyMatch(RosterOperator::medical);
            if (block.lacksMedical() && !medicAdded) {
                String why = filled >= block.max()
                        ? "het blok is vol (" + block.max() + ") zonder arts of verpleegkundige"
                        : why(block, solved.getOperators(), proposedFor, true);
                unmet.add(new Unmet(block.blockId(), when, "geen arts of verpleegkundige", why));
            }
        }
        return new RosterReport(placements, unmet);
    }

    /** Why nobody (medical) could be added: who was busy then, who had reached their wish for the month. */
    private static String why(RosterBlock block, List<RosterOperator> operators,
                              Map<RosterOperator, List<RosterBlock>> proposedFor, boolean medicalOnly) {
        int busy = 0;
        int full = 0;
        int candidates = 0;
        int considered = 0;
        YearMonth month = block.month();
        for (RosterOperator operator : operators) {
            if (medicalOnly && !operator.medical()) {
                continue;
            }
            considered++;
            List<RosterBlock> proposed = proposedFor.getOrDefault(operator, List.of());
            long inMonth = proposed.stream().filter(b -> b.month().equals(month)).count();
            if (operator.busyDuring(block) || proposed.stream().anyMatch(block::overlaps)) {
                busy++;
            } else if (operator.plannedIn(month) + inMonth >= operator.wish()) {
                full++;
            } else {
                candidates++;
            }
        }
        String who = medicalOnly ? "arts of verpleegkundige" : "operator";
        if (considered == 0) {
            return "er is geen actieve " + who + " met een gewenst aantal shifts";
        }
        if (candidates > 0) {
            return candidates + " " + who + (candidates == 1 ? " was" : "s waren")
                    + " nog vrij, maar de rekentijd was op; vraag een nieuw voorstel";
        }
        String monthName = month.getMonth().getDisplayName(TextStyle.FULL, DUTCH);
        return "geen " + who + " meer vrij: " + busy + " staan dan al ingepland, " + full
                + " hebben hun gewenste aantal shifts in " + monthName + " bereikt";
    }

    public List<Placement> placements() {
        return placements;
    }

    public List<Unmet> unmet() {
        return unmet;
    }
}
