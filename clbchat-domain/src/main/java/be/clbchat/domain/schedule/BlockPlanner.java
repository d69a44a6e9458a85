package be.clbchat.domain.schedule;

import be.clbchat.domain.opening.OpeningInterval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which blocks a period needs: the templates of each day's kind laid over the real opening intervals (holidays,
 * closures and extra openings already in them). Template blocks are cut to the opening; any opening (or part of one)
 * no template covers, such as an extra opening after an incident, is split into default blocks of at most three hours.
 */
public final class BlockPlanner {

    /** The longest default block: the coordination team works in blocks of 2.5 to 3 hours. */
    public static final Duration LONGEST_DEFAULT = Duration.ofHours(3);
    /** Shorter remnants of an opening are not worth a block of their own. */
    public static final Duration SHORTEST = Duration.ofMinutes(30);
    private static final Duration ROUNDING = Duration.ofMinutes(5);

    /** A template as the planner needs it. */
    public record Template(DayKind dayKind, DayOfWeek weekday, LocalTime starts, LocalTime ends, StaffingNeed need) {

        public Template {
            Objects.requireNonNull(dayKind, "dayKind");
            Objects.requireNonNull(weekday, "weekday");
            ShiftTemplate.checkTimes(starts, ends);
            Objects.requireNonNull(need, "need");
        }

        public static Template of(ShiftTemplate template) {
            return new Template(template.dayKind(), template.weekday(), template.starts(), template.ends(),
                    template.need());
        }
    }

    private final ZoneId zone;
    private final List<Template> templates;

    public BlockPlanner(ZoneId zone, List<Template> templates) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.templates = List.copyOf(templates);
    }

    /**
     * @param openings the opening intervals of the period, in time order
     * @param holidays the days of the period that fall in a school holiday (all others are school days)
     */
    public List<PlannedBlock> plan(List<OpeningInterval> openings, Set<LocalDate> holidays) {
        List<PlannedBlock> blocks = new ArrayList<>();
        for (OpeningInterval opening : openings) {
            Instant openFrom = opening.start().toInstant();
            Instant openUntil = opening.end().toInstant();
            LocalDate day = opening.start().withZoneSameInstant(zone).toLocalDate();
            DayKind kind = holidays.contains(day) ? DayKind.HOLIDAY : DayKind.SCHOOL_DAY;
            List<PlannedBlock> fromTemplates = new ArrayList<>();
            for (Template template : templates) {
                if (template.dayKind() != kind || template.weekday() != day.getDayOfWeek()) {
                    continue;
                }
                Instant start = max(ZonedDateTime.of(day, template.starts(), zone).toInstant(), openFrom);
                Instant end = min(ZonedDateTime.of(day, template.ends(), zone).toInstant(), openUntil);
                if (Duration.between(start, end).compareTo(SHORTEST) >= 0) {
                    fromTemplates.add(new PlannedBlock(start, end, template.need(), BlockOrigin.TEMPLATE));
                }
            }
            blocks.addAll(fromTemplates);
            for (Instant[] gap : uncovered(openFrom, openUntil, fromTemplates)) {
                blocks.addAll(split(gap[0], gap[1]));
            }
        }
        return distinct(blocks);
    }

    /**
     * Two templates cut to the same short opening can give the same block twice: it is one block, with the larger
     * need of the two (a template's over an opening's default).
     */
    private static List<PlannedBlock> distinct(List<PlannedBlock> blocks) {
        Map<List<Instant>, PlannedBlock> byTimes = new LinkedHashMap<>();
        for (PlannedBlock block : blocks) {
            byTimes.merge(List.of(block.start(), block.end()), block, (a, b) -> new PlannedBlock(a.start(), a.end(),
                    new StaffingNeed(Math.max(a.need().min(), b.need().min()), Math.max(a.need().max(), b.need().max()),
                            a.need().needsMedical() || b.need().needsMedical()),
                    a.origin() == BlockOrigin.TEMPLATE || b.origin() == BlockOrigin.TEMPLATE
                            ? BlockOrigin.TEMPLATE : a.origin()));
        }
        List<PlannedBlock> sorted = new ArrayList<>(byTimes.values());
        sorted.sort(Comparator.comparing(PlannedBlock::start).thenComparing(PlannedBlock::end));
        return sorted;
    }

    /** The parts of an opening no template block covers, each at least {@link #SHORTEST} long. */
    private static List<Instant[]> uncovered(Instant from, Instant until, List<PlannedBlock> covered) {
        List<PlannedBlock> sorted = new ArrayList<>(covered);
        sorted.sort(Comparator.comparing(PlannedBlock::start));
        List<Instant[]> gaps = new ArrayList<>();
        Instant cursor = from;
        for (PlannedBlock block : sorted) {
            if (block.start().isAfter(cursor)) {
                addGap(gaps, cursor, block.start());
            }
            cursor = max(cursor, block.end());
        }
        addGap(gaps, cursor, until);
        return gaps;
    }

    private static void addGap(List<Instant[]> gaps, Instant from, Instant until) {
        if (Duration.between(from, until).compareTo(SHORTEST) >= 0) {
            gaps.add(new Instant[] {from, until});
        }
    }

    /** Equal blocks of at most three hours, their edges on five minutes, with the default staffing. */
    static List<PlannedBlock> split(Instant from, Instant until) {
        long seconds = Duration.between(from, until).getSeconds();
        long parts = Math.max(1, (seconds + LONGEST_DEFAULT.getSeconds() - 1) / LONGEST_DEFAULT.getSeconds());
        long step = seconds / parts / ROUNDING.getSeconds() * ROUNDING.getSeconds();
        List<PlannedBlock> blocks = new ArrayList<>();
        Instant start = from;
        for (long part = 1; part <= parts; part++) {
            Instant end = part == parts ? until : start.plusSeconds(step);
            blocks.add(new PlannedBlock(start, end, StaffingNeed.DEFAULT, BlockOrigin.OPENING));
            start = end;
        }
        return blocks;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
