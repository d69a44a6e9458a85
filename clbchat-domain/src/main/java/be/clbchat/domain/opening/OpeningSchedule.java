package be.clbchat.domain.opening;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The opening hours of one line, from its rule sets, the Flemish school calendar (computed, or overridden per school
 * year), the public holidays and the ad-hoc exceptions. Precedence, strongest first: an extra closure, an extra
 * opening, a public holiday or annual closure, the weekly hours of a school day or a holiday day.
 * <p>
 * Immutable and thread-safe; build a new one when a rule changes. Days are local to the line's time zone, so
 * opening hours stay 17:00-21:00 on both sides of a daylight-saving switch.
 */
public final class OpeningSchedule {

    /** How far ahead "next opening" is looked for. */
    static final int LOOK_AHEAD_DAYS = 400;

    private final ZoneId zone;
    private final List<RuleSet> ruleSets;
    private final Map<SchoolYear, List<SchoolHolidayPeriod>> overrides;
    private final List<OpeningException> exceptions;
    private final Map<SchoolYear, List<SchoolHolidayPeriod>> holidayCache = new ConcurrentHashMap<>();
    private final Map<Integer, Map<LocalDate, String>> publicHolidayCache = new ConcurrentHashMap<>();

    public OpeningSchedule(ZoneId zone, List<RuleSet> ruleSets, Map<SchoolYear, List<SchoolHolidayPeriod>> overrides,
                           List<OpeningException> exceptions) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.ruleSets = ruleSets.stream().sorted(Comparator.comparing(RuleSet::validFrom)).toList();
        for (int i = 1; i < this.ruleSets.size(); i++) {
            if (this.ruleSets.get(i - 1).overlaps(this.ruleSets.get(i))) {
                throw new IllegalArgumentException("Rule sets overlap: from " + this.ruleSets.get(i - 1).validFrom()
                        + " and from " + this.ruleSets.get(i).validFrom());
            }
        }
        this.overrides = Map.copyOf(overrides);
        this.exceptions = exceptions.stream().sorted(Comparator.comparing(OpeningException::start)).toList();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The school holidays of a school year: the coordinators' override when there is one, else computed. */
    public List<SchoolHolidayPeriod> schoolHolidays(SchoolYear year) {
        return holidayCache.computeIfAbsent(year,
                y -> FlemishSchoolCalendar.holidays(y, overrides));
    }

    public Optional<SchoolHolidayPeriod> schoolHoliday(LocalDate day) {
        return schoolHolidays(SchoolYear.containing(day)).stream().filter(p -> p.contains(day)).findFirst();
    }

    public Optional<RuleSet> ruleSet(LocalDate day) {
        for (RuleSet rules : ruleSets) {
            if (rules.appliesTo(day)) {
                return Optional.of(rules);
            }
        }
        return Optional.empty();
    }

    /** What the calendar says about one day, before ad-hoc exceptions. */
    public DayRule dayRule(LocalDate day) {
        Optional<RuleSet> rules = ruleSet(day);
        if (rules.isEmpty()) {
            return new DayRule(List.of(), "", Optional.empty());
        }
        RuleSet set = rules.get();
        Optional<SchoolHolidayPeriod> holiday = schoolHoliday(day);
        List<TimeRange> hours = (holiday.isPresent() ? set.holidayDays() : set.schoolDays()).on(day.getDayOfWeek());
        String reason = holiday.map(p -> p.holiday().dutchName()).orElse("schooldag");
        Optional<String> closedFor = Optional.empty();
        if (set.closedOnPublicHolidays()) {
            closedFor = Optional.ofNullable(
                    publicHolidayCache.computeIfAbsent(day.getYear(), PublicHolidays::of).get(day));
        }
        if (closedFor.isEmpty()) {
            closedFor = set.closures().stream().filter(c -> c.contains(day)).map(AnnualClosure::name).findFirst();
        }
        if (closedFor.isPresent()) {
            return new DayRule(List.of(), reason, closedFor);
        }
        return new DayRule(hours, reason, Optional.empty());
    }

    /**
     * Every opening from the start of {@code from} to the end of {@code to} (both local dates, inclusive), in time
     * order, one interval per contiguous opening; exceptions that reach beyond the range are cut at its edges.
     */
    public List<OpeningInterval> intervals(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' is before 'from'");
        }
        long windowStart = from.atStartOfDay(zone).toInstant().getEpochSecond();
        long windowEnd = to.plusDays(1).atStartOfDay(zone).toInstant().getEpochSecond();
        List<Span> open = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DayRule rule = dayRule(day);
            for (TimeRange range : rule.hours()) {
                long start = ZonedDateTime.of(day, range.start(), zone).toInstant().getEpochSecond();
                long end = ZonedDateTime.of(day, range.end(), zone).toInstant().getEpochSecond();
                if (end > start) { // hours that fall entirely in a spring-forward gap do not exist that day
                    open.add(new Span(start, end, rule.reason()));
                }
            }
        }
        for (OpeningException exception : exceptions) {
            if (exception.kind() == OpeningException.Kind.OPEN) {
                long start = Math.max(windowStart, exception.start().getEpochSecond());
                long end = Math.min(windowEnd, exception.end().getEpochSecond());
                if (end > start) {
                    open.add(new Span(start, end, "extra opening: " + exception.reason()));
                }
            }
        }
        List<Span> merged = Span.merge(open);
        for (OpeningException exception : exceptions) {
            if (exception.kind() == OpeningException.Kind.CLOSED) {
                merged = Span.subtract(merged, exception.start().getEpochSecond(), exception.end().getEpochSecond());
            }
        }
        List<OpeningInterval> intervals = new ArrayList<>(merged.size());
        for (Span span : merged) {
            intervals.add(new OpeningInterval(
                    Instant.ofEpochSecond(span.start()).atZone(zone),
                    Instant.ofEpochSecond(span.end()).atZone(zone), span.reason()));
        }
        return intervals;
    }

    /** Open or closed at {@code at}, until when, and the next opening. */
    public OpeningStatus status(Instant at) {
        LocalDate today = LocalDate.ofInstant(at, zone);
        // Yesterday too: an extra opening may run over midnight.
        List<OpeningInterval> nearby = intervals(today.minusDays(1), today.plusDays(7));
        Optional<String> closedFor = dayRule(today).closedFor();
        for (OpeningInterval interval : nearby) {
            Instant start = interval.start().toInstant();
            Instant end = interval.end().toInstant();
            if (!at.isBefore(start) && at.isBefore(end)) {
                return new OpeningStatus(true, Optional.of(closingOf(interval)), Optional.empty(), Optional.empty());
            }
            if (start.isAfter(at)) {
                return new OpeningStatus(false, Optional.empty(), Optional.of(interval.start()), closedFor);
            }
        }
        for (LocalDate from = today.plusDays(8); !from.isAfter(today.plusDays(LOOK_AHEAD_DAYS)); from = from.plusDays(31)) {
            List<OpeningInterval> later = intervals(from, from.plusDays(30));
            if (!later.isEmpty()) {
                return new OpeningStatus(false, Optional.empty(), Optional.of(later.get(0).start()), closedFor);
            }
        }
        return new OpeningStatus(false, Optional.empty(), Optional.empty(), closedFor);
    }

    /** The end of an opening, following it past the edge of the stretch it was computed for (a long extra opening). */
    private ZonedDateTime closingOf(OpeningInterval interval) {
        ZonedDateTime end = interval.end();
        for (int guard = 0; guard < 10 && end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT); guard++) {
            LocalDate from = end.toLocalDate();
            List<OpeningInterval> next = intervals(from, from.plusDays(30));
            if (next.isEmpty() || !next.get(0).start().toInstant().equals(end.toInstant())) {
                break;
            }
            end = next.get(0).end();
        }
        return end;
    }

    /** The weekday hours that apply in the week of {@code day}, Monday first: for the visitor's "this week". */
    public Map<DayOfWeek, DayRule> week(LocalDate day) {
        LocalDate monday = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<DayOfWeek, DayRule> week = new HashMap<>();
        for (int i = 0; i < 7; i++) {
            week.put(monday.plusDays(i).getDayOfWeek(), dayRule(monday.plusDays(i)));
        }
        return week;
    }

    /** A half-open stretch [start, end) in epoch seconds. */
    record Span(long start, long end, String reason) {

        static List<Span> merge(List<Span> spans) {
            List<Span> sorted = new ArrayList<>(spans);
            sorted.sort(Comparator.comparingLong(Span::start));
            List<Span> merged = new ArrayList<>();
            for (Span span : sorted) {
                if (!merged.isEmpty() && merged.get(merged.size() - 1).end() >= span.start()) {
                    Span last = merged.remove(merged.size() - 1);
                    String reason = last.reason().equals(span.reason()) || last.reason().contains(span.reason())
                            ? last.reason() : last.reason() + " + " + span.reason();
                    merged.add(new Span(last.start(), Math.max(last.end(), span.end()), reason));
                } else {
                    merged.add(span);
                }
            }
            return merged;
        }

        static List<Span> subtract(List<Span> spans, long start, long end) {
            List<Span> result = new ArrayList<>(spans.size() + 1);
            for (Span span : spans) {
                if (span.end() <= start || span.start() >= end) {
                    result.add(span);
                    continue;
                }
                if (span.start() < start) {
                    result.add(new Span(span.start(), start, span.reason()));
                }
                if (span.end() > end) {
                    result.add(new Span(end, span.end(), span.reason()));
                }
            }
            return result;
        }
    }
}
