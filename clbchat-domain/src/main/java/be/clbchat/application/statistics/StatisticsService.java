package be.clbchat.application.statistics;

import be.clbchat.domain.opening.SchoolYear;
import be.clbchat.domain.statistics.Figures;
import be.clbchat.domain.statistics.PastYear;
import be.clbchat.domain.statistics.StatisticsPeriod;
import be.clbchat.domain.statistics.YearTotal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The annual report's figures. The coordination team and admins see every line; a CLB's admin the boxes of their own
 * CLB only (a line that is not theirs is as unknown as one that does not exist); nobody else sees statistics.
 */
public interface StatisticsService {

    /** Every line together (for a CLB's admin: all their boxes). */
    String ALL_LINES = "all";
    /** Every chat-met-je-CLB box together. */
    String ALL_BOXES = "boxes";

    /** What to compute: a period, {@link #ALL_LINES}, {@link #ALL_BOXES} or a line's code, and a theme to follow. */
    record Question(StatisticsPeriod period, String line, Optional<String> theme) {
    }

    /** A line someone may choose in the filter. */
    record LineChoice(String code, String name) {
    }

    /**
     * The figures of the period, the trend over school years up to the period's, and the theme followed (its name).
     */
    /**
     * @param handovers the hand-overs that reached their receiver in the period, per pair of lines and kind (those
     *                  from or to the lines asked for)
     */
    record Report(Question question, String linesName, Figures figures, List<YearTotal> trend,
                  Optional<String> themeName, List<HandoverPair> handovers) {
        public Report {
            handovers = List.copyOf(handovers);
        }
    }

    /** How many chats went from one line to another (or to a colleague on the same line), in which way. */
    record HandoverPair(String fromLine, String fromName, String toLine, String toName,
                        be.clbchat.domain.handover.HandoverKind kind, boolean warm,
                        be.clbchat.domain.statistics.Count count) {
    }

    /** Today so far against the average of the same weekday (up to the same time) in the weeks before. */
    record Today(long chats, long waitingNow, OptionalDouble averageWaitMinutes, OptionalDouble usualChats,
                 OptionalDouble usualWaitMinutes, int weeksCompared) {
    }

    Report report(String caller, Question question);

    /** The lines the caller may choose, {@link #ALL_LINES} and (when they see boxes) {@link #ALL_BOXES} first. */
    List<LineChoice> lineChoices(String caller);

    /** The theme codes and names the caller may follow over the years (retired ones too). */
    List<LineChoice> themeChoices(String caller);

    Today today(String caller);

    /** The school years entered by hand (coordination team and admins). */
    List<PastYear> pastYears(String caller);

    /** Enters or changes the totals of a school year before the platform. */
    PastYear savePastYear(String caller, SchoolYear year, long chats, Long pupils, Long parents,
                          BigDecimal fakeCallPercent, boolean approximate, String source);

    void removePastYear(String caller, SchoolYear year);
}
