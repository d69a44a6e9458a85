package be.clbchat.domain.quality;

import be.clbchat.domain.operator.Discipline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The live board of the coordination team and the supporters, per line: who waits and since when, who of its team is
 * online (alias, discipline, how many chats), whether a doctor or nurse is, the chats going on with their duration
 * (45 minutes is CLBch@t's longest chat), and the roster block of now against who is really online. Facts only: no
 * word of any transcript.
 */
public final class LiveBoard {

    /** CLBch@t's longest chat: past it, a chat is marked on the board (as in the console). */
    public static final Duration LONGEST_CHAT = Duration.ofMinutes(45);

    /** A line as the board names it. */
    public record LineInfo(String code, String name) {
    }

    /** A visitor waiting on {@code line} since {@code since}. */
    public record Waiting(String line, Instant since) {
    }

    /** An operator with the console open. */
    public record Online(String username, String alias, Discipline discipline, boolean available, Set<String> lines,
                         int chats) {
        public Online {
            lines = Set.copyOf(lines);
        }

        boolean medical() {
            return discipline != null && discipline.medical();
        }
    }

    /** A chat going on. */
    public record Active(String line, String operatorAlias, Instant acceptedAt) {
    }

    /** A roster block of {@code line} running now, with the operators planned on it and whether each is medical. */
    public record Block(String line, Instant start, Instant end, Map<String, Boolean> plannedMedical) {
        public Block {
            plannedMedical = Map.copyOf(plannedMedical);
        }
    }

    public record OperatorView(String alias, String discipline, boolean medical, boolean available, int chats) {
    }

    public record ChatView(String operatorAlias, Instant since, long minutes, boolean overLongest) {
    }

    /**
     * The block of now: {@code planned} operators, {@code plannedOnline} of them online; whether one planned is
     * medical; and the line as the coordinators say it ("4/5 ingepland online · medisch ✓").
     */
    public record RosterView(Instant start, Instant end, int planned, int plannedOnline, boolean medicalPlanned,
                             String summary) {
    }

    public record LineView(String code, String name, int waiting, Optional<Duration> longestWait,
                           List<OperatorView> operators, boolean medicalOnline, List<ChatView> chats,
                           Optional<RosterView> roster) {
    }

    private LiveBoard() {
    }

    /** The board of {@code lines} (in their order) from what is true {@code now}. */
    public static List<LineView> of(List<LineInfo> lines, List<Waiting> waiting, List<Online> online,
                                    List<Active> active, List<Block> blocks, Instant now) {
        Objects.requireNonNull(now, "now");
        List<LineView> views = new ArrayList<>();
        for (LineInfo line : lines) {
            List<Waiting> queue = waiting.stream().filter(wait -> wait.line().equals(line.code())).toList();
            Optional<Duration> longest = queue.stream().map(Waiting::since).min(Comparator.naturalOrder())
                    .map(since -> Duration.between(since, now)).map(wait -> wait.isNegative() ? Duration.ZERO : wait);
            List<Online> team = online.stream().filter(operator -> operator.lines().contains(line.code()))
                    .sorted(Comparator.comparing((Online operator) -> operator.alias() == null ? "" : operator.alias()))
                    .toList();
            List<OperatorView> operators = team.stream().map(operator -> new OperatorView(
                    operator.alias() == null ? "(nog geen schuilnaam)" : operator.alias(),
                    operator.discipline() == null ? "discipline onbekend" : operator.discipline().label(),
                    operator.medical(), operator.available(), operator.chats())).toList();
            List<ChatView> chats = active.stream().filter(chat -> chat.line().equals(line.code()))
                    .sorted(Comparator.comparing(Active::acceptedAt))
                    .map(chat -> {
                        Duration lasted = Duration.between(chat.acceptedAt(), now);
                        return new ChatView(chat.operatorAlias(), chat.acceptedAt(), Math.max(0, lasted.toMinutes()),
                                lasted.compareTo(LONGEST_CHAT) >= 0);
                    }).toList();
            boolean medicalOnline = team.stream().anyMatch(Online::medical);
            Set<String> onlineNames = team.stream().map(Online::username).collect(Collectors.toSet());
            Optional<RosterView> roster = blocks.stream()
                    .filter(block -> block.line().equals(line.code()) && !block.start().isAfter(now)
                            && block.end().isAfter(now))
                    .findFirst().map(block -> roster(block, onlineNames, medicalOnline));
            views.add(new LineView(line.code(), line.name(), queue.size(), longest, operators, medicalOnline, chats,
                    roster));
        }
        return views;
    }

    private static RosterView roster(Block block, Set<String> online, boolean medicalOnline) {
        int planned = block.plannedMedical().size();
        int plannedOnline = (int) block.plannedMedical().keySet().stream().filter(online::contains).count();
        boolean medicalPlanned = block.plannedMedical().containsValue(true);
        String summary = plannedOnline + "/" + planned + " ingepland online · medisch " + (medicalOnline ? "✓" : "✗");
        return new RosterView(block.start(), block.end(), planned, plannedOnline, medicalPlanned, summary);
    }
}
