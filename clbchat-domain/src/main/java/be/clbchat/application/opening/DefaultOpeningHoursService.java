package be.clbchat.application.opening;

import be.clbchat.application.line.LineService;
import be.clbchat.domain.DayPeriod;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.box.BoxRepository;
import be.clbchat.domain.opening.OpeningException;
import be.clbchat.domain.opening.OpeningInterval;
import be.clbchat.domain.opening.OpeningRulesRepository;
import be.clbchat.domain.opening.OpeningSchedule;
import be.clbchat.domain.opening.OpeningStatus;
import be.clbchat.domain.opening.OpeningTimeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds each line's {@link OpeningSchedule} from the stored rules once, keeps it with a timeline of the coming
 * year for fast "open now?" answers, and drops it when the rules change (after the change is committed).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultOpeningHoursService implements OpeningHoursService {

    static final int MAX_REASON_LENGTH = 200;
    static final Duration MAX_EXCEPTION = Duration.ofDays(92);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    /** A line's schedule with its timeline, valid for the day it was built. */
    record Cached(OpeningSchedule schedule, OpeningTimeline timeline, LocalDate builtOn) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    /** Counts rule changes, so that a schedule built from rules read before a change is not cached after it. */
    private final AtomicLong generation = new AtomicLong();

    @Inject
    private LineService lines;

    @Inject
    private OpeningRulesRepository rules;

    @Inject
    private BoxRepository boxes;

    @Inject
    private Clock clock;

    @Inject
    private Event<OpeningRulesChanged> changes;

    @Override
    public ZoneId zone(String line) {
        return schedule(line).schedule().zone();
    }

    @Override
    public List<OpeningInterval> intervals(String line, LocalDate from, LocalDate to) {
        DayPeriod.of(from, to, MAX_DAYS);
        return schedule(line).schedule().intervals(from, to);
    }

    @Override
    public Set<LocalDate> schoolHolidayDays(String line, LocalDate from, LocalDate to) {
        DayPeriod.of(from, to, MAX_DAYS);
        OpeningSchedule schedule = schedule(line).schedule();
        Set<LocalDate> days = new HashSet<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (schedule.schoolHoliday(day).isPresent()) {
                days.add(day);
            }
        }
        return days;
    }


    @Override
    public OpeningStatus status(String line, Instant at) {
        Instant moment = at == null ? clock.instant() : at;
        if (moment.isBefore(EARLIEST) || !moment.isBefore(LATEST)) {
            throw Refusal.invalid("out-of-range", "Vraag een tijdstip tussen 2000 en 2100 op.");
        }
        Cached cached = schedule(line);
        OpeningTimeline timeline = cached.timeline();
        if (timeline.covers(moment)) {
            var closesAt = timeline.closesAt(moment);
            if (closesAt.isPresent() && !timeline.endsAtItsEdge(closesAt.getAsLong())) {
                return new OpeningStatus(true, Optional.of(Instant.ofEpochSecond(closesAt.getAsLong())
                        .atZone(cached.schedule().zone())), Optional.empty(), Optional.empty());
            }
            var next = timeline.nextOpening(moment);
            if (closesAt.isEmpty() && next.isPresent()) {
                LocalDate today = LocalDate.ofInstant(moment, cached.schedule().zone());
                return new OpeningStatus(false, Optional.empty(),
                        Optional.of(Instant.ofEpochSecond(next.getAsLong()).atZone(cached.schedule().zone())),
                        cached.schedule().dayRule(today).closedFor());
            }
        }
        return cached.schedule().status(moment);
    }

    @Override
    public List<OpeningException> exceptions(String line) {
        lines.line(line);
        return rules.exceptions(line);
    }

    @Override
    @Transactional
    public OpeningException addException(String line, Instant start, Instant end, OpeningException.Kind kind,
                                         String reason, String enteredBy) {
        OpeningSchedule schedule = schedule(line).schedule();
        if (start == null || end == null || kind == null) {
            throw Refusal.invalid("invalid-exception",
                    "Een uitzondering heeft een begin, een einde en een soort (open of closed).");
        }
        if (!end.isAfter(start)) {
            throw Refusal.invalid("invalid-range", "Het einde ligt niet na het begin.");
        }
        if (start.isBefore(EARLIEST) || end.isAfter(LATEST)) {
            throw Refusal.invalid("out-of-range", "Een uitzondering valt tussen 2000 en 2100.");
        }
        if (Duration.between(start, end).compareTo(MAX_EXCEPTION) > 0) {
            throw Refusal.invalid("range-too-long",
                    "Een uitzondering duurt hoogstens " + MAX_EXCEPTION.toDays() + " dagen.");
        }
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_REASON_LENGTH) {
            throw Refusal.invalid("invalid-reason",
                    "Geef een reden van 1 tot " + MAX_REASON_LENGTH + " tekens.");
        }
        for (Instant edge : List.of(start, end.minusSeconds(1))) {
            LocalDate day = LocalDate.ofInstant(edge, schedule.zone());
            if (schedule.ruleSet(day).isEmpty()) {
                throw Refusal.invalid("outside-rule-sets",
                        "Op " + day + " gelden geen openingsregels voor deze lijn; maak eerst een regelset.");
            }
        }
        OpeningException added = rules.addException(line, start, end, kind, trimmed, enteredBy, clock.instant());
        changes.fire(new OpeningRulesChanged(line));
        return added;
    }

    @Override
    @Transactional
    public void removeException(String line, long id) {
        lines.line(line);
        if (!rules.removeException(line, id)) {
            throw Refusal.notFound("unknown-exception", "Die uitzondering bestaat niet (meer).");
        }
        changes.fire(new OpeningRulesChanged(line));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) OpeningRulesChanged changed) {
        generation.incrementAndGet();
        if (changed.line() == null) {
            cache.clear();
        } else {
            cache.remove(changed.line());
        }
    }

    private Cached schedule(String line) {
        Cached cached = cache.get(line);
        if (cached != null && cached.builtOn().equals(LocalDate.now(clock.withZone(cached.schedule().zone())))) {
            return cached;
        }
        long readAt = generation.get();
        ZoneId zone = lines.line(line).timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        // A box is open only in its windows (while published): CLBch@t's calendar does not apply to it.
        OpeningSchedule schedule = boxes.find(line)
                .map(box -> new OpeningSchedule(zone, List.of(), Map.of(), box.openings()))
                .orElseGet(() -> new OpeningSchedule(zone, rules.ruleSets(line), rules.schoolHolidayOverrides(),
                        rules.exceptions(line)));
        Cached fresh = new Cached(schedule, OpeningTimeline.of(schedule, today.minusDays(1), today.plusDays(MAX_DAYS)),
                today);
        if (generation.get() == readAt) {
            cache.put(line, fresh);
        }
        return fresh;
    }
}
