package be.clbchat.application.opening;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.opening.OpeningException;
import be.clbchat.domain.opening.OpeningInterval;
import be.clbchat.domain.opening.OpeningStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** When the lines are open, and the coordinators' ad-hoc openings and closures. */
public interface OpeningHoursService {

    /** The longest range one call may ask for. */
    int MAX_DAYS = 400;

    /** The time zone of a line; an unknown line is a {@link Refusal.Kind#NOT_FOUND} problem. */
    ZoneId zone(String line);

    List<OpeningInterval> intervals(String line, LocalDate from, LocalDate to);

    /** The days from {@code from} to {@code to} that fall in a school holiday of the line's calendar. */
    Set<LocalDate> schoolHolidayDays(String line, LocalDate from, LocalDate to);

    /** Open or closed at {@code at}; now when {@code at} is null. */
    OpeningStatus status(String line, Instant at);

    List<OpeningException> exceptions(String line);

    OpeningException addException(String line, Instant start, Instant end, OpeningException.Kind kind, String reason,
                                   String enteredBy);

    void removeException(String line, long id);
}
