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
public record SlotSync(List<PlannedBlock> create, List<ShiftSlot> delete, List<ShiftSlot> flag,
                       List<ShiftSlot> unflag, Map<ShiftSlot, StaffingNeed> renew) {

    public static SlotSync between(List<PlannedBlock> needed, List<ShiftSlot> existing,
                                   List<OpeningInterval> openings, Instant now) {
        List<PlannedBlock> create = new ArrayList<>();
        for (PlannedBlock block : needed) {
            if (block.end().isAfter(now) && existing.stream().noneMatch(block::sameTimes)) {
                create.add(block);
            }
        }
        List<ShiftSlot> delete = new ArrayList<>();
        List<ShiftSlot> flag = new ArrayList<>();
        List<ShiftSlot> unflag = new ArrayList<>();
        Map<ShiftSlot, StaffingNeed> renew = new LinkedHashMap<>();
        for (ShiftSlot slot : existing) {
            if (!slot.endsAt().isAfter(now)) {
                continue;
            }
            needed.stream().filter(block -> block.sameTimes(slot)).findFirst()
                    .filter(block -> slot.origin() != SlotOrigin.MANUAL && !block.need().equals(slot.need())
                            && slot.assignments().size() <= block.need().max())
                    .ifPresent(block -> renew.put(slot, block.need()));
            boolean covered = covered(slot, openings);
            boolean stillNeeded = needed.stream().anyMatch(block -> block.sameTimes(slot));
            boolean empty = slot.assignments().isEmpty();
            if (!covered) {
                if (empty) {
                    delete.add(slot);
                } else if (!slot.flagged()) {
                    flag.add(slot);
                }
            } else if (slot.flagged()) {
                unflag.add(slot);
            } else if (empty && !stillNeeded && slot.origin() != SlotOrigin.MANUAL) {
                delete.add(slot); // a template changed: its old, empty blocks go
            }
        }
        return new SlotSync(List.copyOf(create), List.copyOf(delete), List.copyOf(flag), List.copyOf(unflag),
                Collections.unmodifiableMap(renew));
    }

    /** Whether one opening interval holds the whole block. */
    public static boolean covered(ShiftSlot slot, List<OpeningInterval> openings) {
        return within(slot.startsAt(), slot.endsAt(), openings);
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
