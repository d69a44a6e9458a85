package be.clbchat.domain.schedule;

import be.clbchat.domain.opening.OpeningInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to change so that the stored blocks of a period match the blocks it needs now. Blocks with people on them are
 * never dropped: when the opening hours no longer cover them they are flagged for a coordinator. Past blocks are
 * history and left alone.
 *
 * @param create  needed blocks that do not exist yet
 * @param delete  empty blocks that are no longer needed
 * @param flag    blocks with people on them the opening hours no longer cover
 * @param unflag  flagged blocks the opening hours cover again
 * @param renew   blocks made from a template or an opening whose need changed since (a new template), with the new
 *                need; those with more people than its maximum keep theirs for a coordinator to sort out
 */
public record BlockSync(List<PlannedBlock> create, List<ShiftBlock> delete, List<ShiftBlock> flag,
                       List<ShiftBlock> unflag, Map<ShiftBlock, StaffingNeed> renew) {

    public static BlockSync between(List<PlannedBlock> needed, List<ShiftBlock> existing,
                                   List<OpeningInterval> openings, Instant now) {
        List<PlannedBlock> create = new ArrayList<>();
        for (PlannedBlock planned : needed) {
            if (planned.end().isAfter(now) && existing.stream().noneMatch(planned::sameTimes)) {
                create.add(planned);
            }
        }
        List<ShiftBlock> delete = new ArrayList<>();
        List<ShiftBlock> flag = new ArrayList<>();
        List<ShiftBlock> unflag = new ArrayList<>();
        Map<ShiftBlock, StaffingNeed> renew = new LinkedHashMap<>();
        for (ShiftBlock block : existing) {
            if (!block.endsAt().isAfter(now)) {
                continue;
            }
            needed.stream().filter(planned -> planned.sameTimes(block)).findFirst()
                    .filter(planned -> block.origin() != BlockOrigin.MANUAL && !planned.need().equals(block.need())
                            && block.assignments().size() <= planned.need().max())
                    .ifPresent(planned -> renew.put(block, planned.need()));
            boolean covered = covered(block, openings);
            boolean stillNeeded = needed.stream().anyMatch(planned -> planned.sameTimes(block));
            boolean empty = block.assignments().isEmpty();
            if (!covered) {
                if (empty) {
                    delete.add(block);
                } else if (!block.flagged()) {
                    flag.add(block);
                }
            } else if (block.flagged()) {
                unflag.add(block);
            } else if (empty && !stillNeeded && block.origin() != BlockOrigin.MANUAL) {
                delete.add(block); // a template changed: its old, empty blocks go
            }
        }
        return new BlockSync(List.copyOf(create), List.copyOf(delete), List.copyOf(flag), List.copyOf(unflag),
                Collections.unmodifiableMap(renew));
    }

    /** Whether one opening interval holds the whole planned. */
    public static boolean covered(ShiftBlock block, List<OpeningInterval> openings) {
        return within(block.startsAt(), block.endsAt(), openings);
    }

    public static boolean within(Instant start, Instant end, List<OpeningInterval> openings) {
        for (OpeningInterval opening : openings) {
            if (!opening.start().toInstant().isAfter(start) && !opening.end().toInstant().isBefore(end)) {
                return true;
            }
        }
        return false;
    }

    public boolean nothingToDo() {
        return create.isEmpty() && delete.isEmpty() && flag.isEmpty() && unflag.isEmpty() && renew.isEmpty();
    }
}
