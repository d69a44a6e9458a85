package be.clbchat.application.schedule;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.schedule.ShiftBlock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Who is on which block: operators signing up and withdrawing (until the cut-off), coordinators assigning and
 * removing, and the operator's private calendar address. Every refusal is a
 * {@link Refusal}; nothing is saved when one is thrown.
 */
public interface ShiftService {

    /** Blocks from {@code from} for {@code days} days, with who is on them. */
    List<ShiftBlock> blocks(String line, LocalDate from, int days);

    Duration cutoff(String line);

    ShiftBlock signUp(String username, long blockId);

    ShiftBlock withdraw(String username, long blockId);

    ShiftBlock assign(String coordinator, long blockId, String username);

    ShiftBlock unassign(String coordinator, long blockId, String username);

    /** A new private calendar address for the operator; the old one stops working. Returns the secret. */
    String newCalendarToken(String username);

    void revokeCalendar(String username);

    boolean hasCalendar(String username);

    /** The shifts of the operator a calendar secret belongs to, from a month ago to a year ahead. */
    CalendarFeed calendar(String token);

    record CalendarFeed(String username, List<ShiftBlock> shifts) {
    }
}
