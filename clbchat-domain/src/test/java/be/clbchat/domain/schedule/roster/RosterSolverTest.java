package be.clbchat.domain.schedule.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterSolverTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final RosterSolver SOLVER = new RosterSolver(Duration.ofSeconds(5), Duration.ofSeconds(1));

    private static ZonedDateTime at(String time) {
        return LocalDateTime.parse(time).atZone(BRUSSELS);
    }

    /** A school Wednesday with hand-over overlaps, and a Thursday evening. */
    private static List<RosterBlock> week(int filledOnThursday, boolean medicOnThursday) {
        return List.of(
                new RosterBlock(1, at("2026-11-25T14:00"), at("2026-11-25T17:00"), 0, 4, 6, true, false),
                new RosterBlock(2, at("2026-11-25T16:30"), at("2026-11-25T19:00"), 0, 4, 6, true, false),
                new RosterBlock(3, at("2026-11-25T18:30"), at("2026-11-25T21:00"), 0, 4, 6, true, false),
                new RosterBlock(4, at("2026-11-26T17:00"), at("2026-11-26T21:00"), filledOnThursday, 4, 6, true,
                        medicOnThursday));
    }

    private static RosterOperator operator(String name, boolean medical, int wish) {
        return new RosterOperator(name, medical, wish, Map.of(), List.of());
    }

    @Test
    void enoughPeopleFillEveryBlockWithAMedicAndBreakNoRule() {
        List<RosterOperator> operators = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            operators.add(operator("medic" + i, true, 2));
        }
        for (int i = 0; i < 14; i++) {
            operators.add(operator("other" + i, false, 1 + i % 2));
        }
        // Someone already on Wednesday 14:00-17:00 elsewhere cannot take the 16:30 block.
        operators.add(new RosterOperator("busy", false, 4, Map.of(YearMonth.of(2026, 11), 1), List.of(
                new RosterOperator.Busy(at("2026-11-25T14:00").toEpochSecond(), at("2026-11-25T17:00").toEpochSecond()))));
        Roster solved = SOLVER.solve(Roster.of(operators, week(1, false)));

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        RosterReport report = RosterReport.of(solved);
        assertThat(report.unmet()).isEmpty();

        Map<Long, List<RosterOperator>> perBlock = new HashMap<>();
        for (RosterSeat seat : solved.getSeats()) {
            if (seat.getOperator() != null) {
                perBlock.computeIfAbsent(seat.getBlock().blockId(), b -> new ArrayList<>()).add(seat.getOperator());
            }
        }
        assertThat(perBlock.get(1L)).hasSize(4).anyMatch(RosterOperator::medical);
        assertThat(perBlock.get(3L)).hasSizeGreaterThanOrEqualTo(4).anyMatch(RosterOperator::medical);
        assertThat(perBlock.get(4L)).hasSizeBetween(3, 4).anyMatch(RosterOperator::medical);
        // Nobody on two overlapping blocks, nobody above their wish.
        for (RosterOperator operator : operators) {
            List<RosterBlock> mine = solved.getSeats().stream().filter(s -> s.getOperator() == operator)
                    .map(RosterSeat::getBlock).toList();
            assertThat(mine.size() + operator.plannedIn(YearMonth.of(2026, 11))).isLessThanOrEqualTo(operator.wish());
            for (RosterBlock a : mine) {
                assertThat(mine.stream().filter(b -> b != a)).noneMatch(a::overlaps);
                assertThat(operator.busyDuring(a)).isFalse();
            }
        }
    }

    @Test
    void tooFewPeopleLeaveGapsThatTheProposalExplains() {
        List<RosterOperator> operators = List.of(operator("medic", true, 1), operator("a", false, 2),
                operator("b", false, 2));
        Roster solved = SOLVER.solve(Roster.of(operators, week(4, true)));

        assertThat(solved.getScore().hardScore()).isZero();
        RosterReport report = RosterReport.of(solved);
        assertThat(report.placements()).hasSize(5); // medic once, a and b twice each, never overlapping
        assertThat(report.unmet()).isNotEmpty();
        assertThat(report.unmet()).allSatisfy(unmet -> assertThat(unmet.why()).startsWith("geen "));
        assertThat(report.unmet()).anySatisfy(unmet -> {
            assertThat(unmet.block()).isEqualTo("wo 25 nov. 14:00-17:00");
            assertThat(unmet.rule()).endsWith("te weinig");
            assertThat(unmet.why()).contains("gewenste aantal shifts in november bereikt");
        });
        assertThat(report.unmet()).noneMatch(unmet -> unmet.blockId() == 4);
    }

    @Test
    void aFullBlockWithoutAMedicIsReportedAsSuchAndGetsNoSeat() {
        RosterBlock full = new RosterBlock(9, at("2026-11-26T17:00"), at("2026-11-26T21:00"), 6, 4, 6, true, false);
        Roster problem = Roster.of(List.of(operator("medic", true, 4)), List.of(full));
        assertThat(problem.getSeats()).isEmpty();
        RosterReport report = RosterReport.of(problem);
        assertThat(report.unmet()).singleElement().satisfies(unmet -> assertThat(unmet.sentence()).isEqualTo(
                "do 26 nov. 17:00-21:00: geen arts of verpleegkundige — het blok is vol (6) zonder arts of verpleegkundige"));
    }

    @Test
    void withNobodyToPlanTheReportSaysSo() {
        Roster solved = SOLVER.solve(Roster.of(List.of(), week(0, false).subList(0, 1)));
        assertThat(RosterReport.of(solved).unmet()).extracting(RosterReport.Unmet::why)
                .contains("er is geen actieve operator met een gewenst aantal shifts");
    }
}
