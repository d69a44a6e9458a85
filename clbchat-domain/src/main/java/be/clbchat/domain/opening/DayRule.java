package be.clbchat.domain.opening;

import java.util.List;
import java.util.Optional;

/**
 * What the calendar says about one day, before ad-hoc exceptions: the hours it opens and why, or why it is closed.
 *
 * @param hours       opening hours (empty when closed)
 * @param reason      why open: "schooldag" or the holiday ("kerstvakantie")
 * @param closedFor   why closed although it would be a normal day: a public holiday or an annual closure
 */
public record DayRule(List<TimeRange> hours, String reason, Optional<String> closedFor) {
}
