package be.clbchat.application.schedule;

import be.clbchat.domain.schedule.ShiftSlot;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Who is on which block: operators signing up and withdrawing (until the cut-off), coordinators assigning and
 * removing, and the operator's private calendar address. Every refusal is a
 * {@link be.clbchat.domain.schedule.ShiftRefusal}; nothing is saved when one is thrown.
 */
public interface ShiftService {

    /** Blocks from {@code from} for {@code days} days, with who is on them. */
    List<ShiftSlot> blocks(String line, LocalDate from, int days);

    Duration cutoff(String line);

    ShiftSlot signUp(String username, long slotId);

    ShiftSlot withdraw(String username, long slotId);

    ShiftSlot assign(String coordinator, long slotId, String username);

    ShiftSlot unassign(String coordinator, long slotId, String username);

    /** A new private calendar address for the operator; the old one stops working. Returns the secret. */
    String newCalendarToken(String username);

    void revokeCalendar(String username);

    boolean hasCalendar(String username);

    /** The shifts of the operator a calendar secret belongs to, from a month ago to a year ahead. */
    CalendarFeed calendar(String token);

    record CalendarFeed(String username, List<ShiftSlot> shifts) {
    }
}
