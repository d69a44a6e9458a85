package be.clbchat.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/** The rules of signing up that look beyond one block: the cut-off, and nobody on two blocks at the same time. */
public final class ShiftRules {

    private ShiftRules() {
    }

    /**
     * An operator signing up or withdrawing themselves: only until {@code cutoff} before the block starts (a
     * coordinator may still change it later).
     */
    public static void checkBeforeCutoff(ShiftSlot slot, Instant now, Duration cutoff) {
        if (!now.isBefore(slot.endsAt())) {
            throw ShiftRefusal.conflict("block-over", "Dit blok is al voorbij.");
        }
        if (!now.isBefore(slot.startsAt().minus(cutoff))) {
            throw ShiftRefusal.conflict("after-cutoff", "Inschrijven of uitschrijven kan tot " + hours(cutoff)
                    + " voor het begin van een blok. Neem contact op met de coördinatie.");
        }
    }

    /** Nobody is on two blocks at once, overlapping hand-overs included. */
    public static void checkNoOverlap(ShiftSlot slot, Collection<ShiftSlot> operatorsOtherBlocks) {
        for (ShiftSlot other : operatorsOtherBlocks) {
            if (!other.equals(slot) && other.overlaps(slot.startsAt(), slot.endsAt())) {
                throw ShiftRefusal.conflict("overlapping-shift",
                        "Deze operator staat op dat moment al op een ander blok.");
            }
        }
    }

    private static String hours(Duration cutoff) {
        long hours = cutoff.toHours();
        return hours == 1 ? "1 uur" : hours + " uur";
    }
}
