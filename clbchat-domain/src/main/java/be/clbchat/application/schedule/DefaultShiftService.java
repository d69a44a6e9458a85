package be.clbchat.application.schedule;

import be.clbchat.application.LineService;
import be.clbchat.application.OpeningHoursService;
import be.clbchat.application.SecretTokens;
import be.clbchat.domain.chat.Operator;
import be.clbchat.domain.schedule.AssignmentSource;
import be.clbchat.domain.schedule.ScheduleRepository;
import be.clbchat.domain.schedule.ShiftRefusal;
import be.clbchat.domain.schedule.ShiftRules;
import be.clbchat.domain.schedule.ShiftSlot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
@Transactional
public class DefaultShiftService implements ShiftService {

    /** Longest stretch one call may list. */
    static final int MAX_DAYS = 120;
    private static final Duration LONGEST_BLOCK = Duration.ofDays(1);

    @Inject
    private ScheduleRepository schedule;

    @Inject
    private SecretTokens secrets;

    @Inject
    private LineService lines;

    @Inject
    private OpeningHoursService openingHours;

    @Inject
    private Clock clock;

    @Override
    public List<ShiftSlot> blocks(String line, LocalDate from, int days) {
        if (from == null || days < 1 || days > MAX_DAYS) {
            throw ShiftRefusal.invalid("invalid-range", "Vraag 1 tot " + MAX_DAYS + " dagen op vanaf een datum.");
        }
        var zone = openingHours.zone(line);
        return schedule.slots(line, from.atStartOfDay(zone).toInstant(),
                from.plusDays(days).atStartOfDay(zone).toInstant());
    }

    @Override
    public Duration cutoff(String line) {
        lines.line(line);
        return schedule.policy(line).cutoff();
    }

    @Override
    public ShiftSlot signUp(String username, long slotId) {
        Operator operator = schedule.lockOperator(username);
        ShiftSlot slot = lockSlot(slotId);
        ShiftRules.checkBeforeCutoff(slot, clock.instant(), schedule.policy(slot.line()).cutoff());
        ShiftRules.checkNoOverlap(slot, othersOf(username, slot));
        slot.assign(operator, AssignmentSource.SIGN_UP, username, clock.instant());
        return slot;
    }

    @Override
    public ShiftSlot withdraw(String username, long slotId) {
        schedule.lockOperator(username);
        ShiftSlot slot = lockSlot(slotId);
        if (slot.assignmentOf(username).isEmpty()) {
            throw ShiftRefusal.conflict("not-on-block", "Je staat niet op dit blok.");
        }
        ShiftRules.checkBeforeCutoff(slot, clock.instant(), schedule.policy(slot.line()).cutoff());
        slot.unassign(username);
        return slot;
    }

    @Override
    public ShiftSlot assign(String coordinator, long slotId, String username) {
        if (!schedule.isOperatorLogin(username)) {
            throw ShiftRefusal.notFound("unknown-operator", "Die operator bestaat niet (of heeft geen actieve login).");
        }
        Operator operator = schedule.lockOperator(username); // made here for a login that never opened the console
        ShiftSlot slot = lockSlot(slotId);
        if (!clock.instant().isBefore(slot.endsAt())) {
            throw ShiftRefusal.conflict("block-over", "Dit blok is al voorbij.");
        }
        ShiftRules.checkNoOverlap(slot, othersOf(username, slot));
        slot.assign(operator, AssignmentSource.COORDINATOR, coordinator, clock.instant());
        return slot;
    }

    @Override
    public ShiftSlot unassign(String coordinator, long slotId, String username) {
        ShiftSlot slot = lockSlot(slotId);
        slot.unassign(username);
        return slot;
    }

    @Override
    public String newCalendarToken(String username) {
        Operator operator = schedule.lockOperator(username);
        String token = secrets.newToken();
        operator.useCalendarToken(SecretTokens.hash(token));
        return token;
    }

    @Override
    public void revokeCalendar(String username) {
        schedule.lockOperator(username).revokeCalendar();
    }

    @Override
    public boolean hasCalendar(String username) {
        return schedule.operator(username).map(Operator::hasCalendar).orElse(false);
    }

    @Override
    public CalendarFeed calendar(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            throw ShiftRefusal.notFound("unknown-calendar", "Deze agenda bestaat niet (meer).");
        }
        Operator operator = schedule.operatorByCalendar(SecretTokens.hash(token))
                .filter(o -> schedule.isOperatorLogin(o.username())) // an ended login's feed ends too
                .orElseThrow(() -> ShiftRefusal.notFound("unknown-calendar", "Deze agenda bestaat niet (meer)."));
        Instant now = clock.instant();
        return new CalendarFeed(operator.username(),
                schedule.slotsOf(operator.username(), now.minus(Duration.ofDays(31)), now.plus(Duration.ofDays(366))));
    }

    private ShiftSlot lockSlot(long slotId) {
        return schedule.lockSlot(slotId).orElseThrow(() ->
                ShiftRefusal.notFound("unknown-block", "Dit blok bestaat niet (meer)."));
    }

    private List<ShiftSlot> othersOf(String username, ShiftSlot slot) {
        return schedule.slotsOf(username, slot.startsAt().minus(LONGEST_BLOCK), slot.endsAt().plus(LONGEST_BLOCK));
    }
}
