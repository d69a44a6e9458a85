package be.clbchat.application.schedule;

import be.clbchat.application.SecretTokens;
import be.clbchat.application.line.LineService;
import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.domain.DayPeriod;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.operator.Operator;
import be.clbchat.domain.operator.OperatorRepository;
import be.clbchat.domain.schedule.AssignmentSource;
import be.clbchat.domain.schedule.ScheduleRepository;
import be.clbchat.domain.schedule.ShiftBlock;
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

    @Inject
    private OperatorRepository operators;

    @Inject
    private ScheduleRepository schedule;

    @Inject
    private BlockPlacement placement;

    @Inject
    private SecretTokens secrets;

    @Inject
    private LineService lines;

    @Inject
    private OpeningHoursService openingHours;

    @Inject
    private Clock clock;

    @Override
    public List<ShiftBlock> blocks(String line, LocalDate from, int days) {
        DayPeriod period = DayPeriod.starting(from, days, MAX_DAYS);
        var zone = openingHours.zone(line);
        return schedule.blocks(line, period.start(zone), period.end(zone));
    }

    @Override
    public Duration cutoff(String line) {
        lines.line(line);
        return schedule.policy(line).cutoff();
    }

    @Override
    public ShiftBlock signUp(String username, long blockId) {
        return placement.place(username, blockId, AssignmentSource.SIGN_UP, username);
    }

    @Override
    public ShiftBlock withdraw(String username, long blockId) {
        operators.lock(username);
        ShiftBlock block = placement.lockBlock(blockId);
        block.withdraw(username, clock.instant(), schedule.policy(block.line()).cutoff());
        return block;
    }

    @Override
    public ShiftBlock assign(String coordinator, long blockId, String username) {
        if (!operators.isLogin(username)) {
            throw Refusal.notFound("unknown-operator", "Die operator bestaat niet (of heeft geen actieve login).");
        }
        return placement.place(username, blockId, AssignmentSource.COORDINATOR, coordinator);
    }

    @Override
    public ShiftBlock unassign(String coordinator, long blockId, String username) {
        ShiftBlock block = placement.lockBlock(blockId);
        block.unassign(username);
        return block;
    }

    @Override
    public String newCalendarToken(String username) {
        Operator operator = operators.lock(username);
        String token = secrets.newToken();
        operator.useCalendarToken(SecretTokens.hash(token));
        return token;
    }

    @Override
    public void revokeCalendar(String username) {
        operators.lock(username).revokeCalendar();
    }

    @Override
    public boolean hasCalendar(String username) {
        return operators.find(username).map(Operator::hasCalendar).orElse(false);
    }

    @Override
    public CalendarFeed calendar(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            throw Refusal.notFound("unknown-calendar", "Deze agenda bestaat niet (meer).");
        }
        Operator operator = operators.byCalendar(SecretTokens.hash(token))
                .filter(o -> operators.isLogin(o.username())) // an ended login's feed ends too
                .orElseThrow(() -> Refusal.notFound("unknown-calendar", "Deze agenda bestaat niet (meer)."));
        Instant now = clock.instant();
        return new CalendarFeed(operator.username(),
                schedule.blocksOf(operator.username(), now.minus(Duration.ofDays(31)), now.plus(Duration.ofDays(366))));
    }


}
