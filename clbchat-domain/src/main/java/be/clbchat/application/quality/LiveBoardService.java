package be.clbchat.application.quality;

import be.clbchat.application.clb.ClbScopes;
import be.clbchat.application.line.LineService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.box.Box;
import be.clbchat.domain.box.BoxRepository;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatRepository;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.line.TeamRepository;
import be.clbchat.domain.operator.Operator;
import be.clbchat.domain.operator.OperatorRepository;
import be.clbchat.domain.quality.LiveBoard;
import be.clbchat.domain.schedule.ScheduleRepository;
import be.clbchat.domain.schedule.ShiftAssignment;
import be.clbchat.domain.schedule.ShiftBlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The live board ({@link LiveBoard}) for those who may see it: the coordination team and admins every line (a CLB's
 * box only while something happens on it), an operator marked "ondersteuner" the lines of CLBch@t they are in the
 * team of. Anyone else is refused.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LiveBoardService {

    /** What one board shows: every line (coordinators) or CLBch@t's own lines of one supporter's teams. */
    public record Scope(boolean everyLine, Set<String> lines) {
        public Scope {
            lines = Set.copyOf(lines);
        }
    }

    @Inject
    private ClbScopes scopes;

    @Inject
    private OperatorRepository operators;

    @Inject
    private TeamRepository teams;

    @Inject
    private ChatRepository chats;

    @Inject
    private LineService lines;

    @Inject
    private BoxRepository boxes;

    @Inject
    private ScheduleRepository schedules;

    @Inject
    private Clock clock;

    /** What {@code caller} may see on the board; refused (403) for anyone but coordinators, admins and supporters. */
    public Scope scopeOf(String caller) {
        if (scopes.of(caller).everyClb()) {
            return new Scope(true, Set.of());
        }
        if (operators.find(caller).filter(Operator::supporter).isPresent()) {
            Set<String> boxLines = boxes.all().stream().map(Box::lineCode).collect(Collectors.toSet());
            return new Scope(false, teams.linesOf(caller).stream().filter(line -> !boxLines.contains(line))
                    .collect(Collectors.toSet()));
        }
        throw Refusal.forbidden("forbidden", "Het live bord is voor de coördinatoren en de ondersteuners.");
    }

    /** The board of {@code scope} now. */
    public List<LiveBoard.LineView> board(Scope scope) {
        Instant now = clock.instant();
        Set<String> boxLines = boxes.all().stream().map(Box::lineCode).collect(Collectors.toSet());
        List<Operator> online = operators.allOnline();
        Map<String, Set<String>> linesOf = online.isEmpty() ? Map.of()
                : teams.linesOf(online.stream().map(Operator::username).toList());
        Map<String, Long> held = chats.heldCounts();
        List<LiveBoard.Online> onlineViews = online.stream().map(operator -> new LiveBoard.Online(
                operator.username(), operator.alias().orElse(null), operator.profile().discipline(),
                operator.available(), linesOf.getOrDefault(operator.username(), Set.of()),
                held.getOrDefault(operator.username(), 0L).intValue())).toList();
        List<LiveBoard.Waiting> waiting = chats.waiting().stream()
                .map(chat -> new LiveBoard.Waiting(chat.lineCode(), chat.requeuedAt().orElse(chat.queuedAt())))
                .toList();
        List<Chat> going = chats.active();
        List<LiveBoard.Active> active = going.stream().map(chat -> new LiveBoard.Active(chat.lineCode(),
                chat.operatorAlias().orElse("?"), chat.acceptedAt().orElse(now))).toList();
        List<LiveBoard.LineInfo> shown = new ArrayList<>();
        for (Line line : lines.allLines()) {
            boolean box = boxLines.contains(line.code());
            boolean visible = scope.everyLine() ? !box || busy(line.code(), waiting, onlineViews, active)
                    : scope.lines().contains(line.code());
            if (visible) {
                shown.add(new LiveBoard.LineInfo(line.code(), line.name()));
            }
        }
        List<LiveBoard.Block> blocks = new ArrayList<>();
        for (LiveBoard.LineInfo line : shown) {
            for (ShiftBlock block : schedules.blocks(line.code(), now, now.plusMillis(1))) {
                blocks.add(new LiveBoard.Block(line.code(), block.startsAt(), block.endsAt(),
                        block.assignments().stream().collect(Collectors.toMap(ShiftAssignment::username,
                                assignment -> assignment.operator().profile().medical(), (a, b) -> a))));
            }
        }
        return LiveBoard.of(shown, waiting, onlineViews, active, blocks, now);
    }

    private static boolean busy(String line, List<LiveBoard.Waiting> waiting, List<LiveBoard.Online> online,
                                List<LiveBoard.Active> active) {
        return waiting.stream().anyMatch(wait -> wait.line().equals(line))
                || online.stream().anyMatch(operator -> operator.lines().contains(line))
                || active.stream().anyMatch(chat -> chat.line().equals(line));
    }
}
