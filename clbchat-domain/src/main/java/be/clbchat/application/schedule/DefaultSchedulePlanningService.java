package be.clbchat.application.schedule;

import be.clbchat.application.line.LineService;
import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.domain.DayPeriod;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.opening.OpeningInterval;
import be.clbchat.domain.operator.Operator;
import be.clbchat.domain.operator.OperatorProfile;
import be.clbchat.domain.operator.OperatorRepository;
import be.clbchat.domain.schedule.AssignmentSource;
import be.clbchat.domain.schedule.BlockOrigin;
import be.clbchat.domain.schedule.BlockPlanner;
import be.clbchat.domain.schedule.BlockSync;
import be.clbchat.domain.schedule.DayKind;
import be.clbchat.domain.schedule.PlannedBlock;
import be.clbchat.domain.schedule.ProposalItem;
import be.clbchat.domain.schedule.RosterProposal;
import be.clbchat.domain.schedule.ScheduleRepository;
import be.clbchat.domain.schedule.ShiftAssignment;
import be.clbchat.domain.schedule.ShiftBlock;
import be.clbchat.domain.schedule.ShiftTemplate;
import be.clbchat.domain.schedule.StaffingNeed;
import be.clbchat.domain.schedule.roster.Roster;
import be.clbchat.domain.schedule.roster.RosterBlock;
import be.clbchat.domain.schedule.roster.RosterOperator;
import be.clbchat.domain.schedule.roster.RosterReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

@ApplicationScoped
@Transactional
public class DefaultSchedulePlanningService implements SchedulePlanningService {

    private static final Logger LOG = Logger.getLogger(DefaultSchedulePlanningService.class.getName());

    @Inject
    private OperatorRepository operators;

    @Inject
    private BlockPlacement placement;

    @Inject
    private ScheduleRepository schedule;

    @Inject
    private LineService lines;

    @Inject
    private OpeningHoursService openingHours;

    @Inject
    private Clock clock;


    @Override
    public List<ShiftTemplate> templates(String line) {
        lines.line(line);
        return schedule.templates(line);
    }

    @Override
    public ShiftTemplate saveTemplate(Long id, String line, DayKind kind, DayOfWeek weekday, LocalTime starts,
                                      LocalTime ends, StaffingNeed need, String by) {
        lines.line(line);
        if (kind == null || weekday == null) {
            throw Refusal.invalid("missing-day", "Kies het soort dag en de weekdag.");
        }
        ShiftTemplate.checkTimes(starts, ends);
        for (ShiftTemplate other : schedule.templates(line)) {
            if (!other.id().equals(id) && other.dayKind() == kind && other.weekday() == weekday
                    && other.starts().equals(starts) && other.ends().equals(ends)) {
                throw Refusal.conflict("template-exists", "Er is al een blok van " + starts + " tot " + ends
                        + " op die dag.");
            }
        }
        if (id == null) {
            ShiftTemplate template = new ShiftTemplate(line, kind, weekday, starts, ends, need, by, clock.instant());
            schedule.add(template);
            return template;
        }
        ShiftTemplate template = schedule.template(id).filter(t -> t.line().equals(line)).orElseThrow(() ->
                Refusal.notFound("unknown-template", "Dit sjabloon bestaat niet (meer)."));
        template.change(kind, weekday, starts, ends, need, by, clock.instant());
        return template;
    }

    @Override
    public void removeTemplate(long id) {
        schedule.template(id).ifPresent(schedule::remove);
    }

    @Override
    public int cutoffHours(String line) {
        lines.line(line);
        return schedule.policy(line).cutoffHours();
    }

    @Override
    public void changeCutoff(String line, int hours, String by) {
        lines.line(line);
        schedule.lockPolicy(line).changeCutoff(hours, by, clock.instant());
    }

    @Override
    public SyncResult generate(String line, LocalDate from, LocalDate to, String by) {
        DayPeriod period = DayPeriod.of(from, to, MAX_DAYS);
        ZoneId zone = openingHours.zone(line);
        schedule.lockPolicy(line);
        // A day either side, so that an opening across midnight is seen whole; the period's blocks are those that
        // start in it.
        Instant periodFrom = period.start(zone);
        Instant periodTo = period.end(zone);
        List<OpeningInterval> openings = openingHours.intervals(line, from.minusDays(1), to.plusDays(1));
        BlockPlanner planner = new BlockPlanner(zone, schedule.templates(line).stream()
                .map(BlockPlanner.Template::of).toList());
        List<PlannedBlock> needed = planner.plan(openings,
                        openingHours.schoolHolidayDays(line, from.minusDays(1), to.plusDays(1))).stream()
                .filter(planned -> !planned.start().isBefore(periodFrom) && planned.start().isBefore(periodTo)).toList();
        List<ShiftBlock> existing = schedule.blocks(line, periodFrom, periodTo).stream()
                .filter(block -> !block.startsAt().isBefore(periodFrom)).toList();
        Instant now = clock.instant();
        BlockSync sync = BlockSync.between(needed, existing, openings, now);
        for (PlannedBlock planned : sync.create()) {
            schedule.add(new ShiftBlock(line, planned.start(), planned.end(), planned.need(), planned.origin(), by, now));
        }
        int removed = 0;
        List<ShiftBlock> flagged = new ArrayList<>(sync.flag());
        for (ShiftBlock empty : sync.delete()) {
            // Locked and looked at again: an operator may have signed up since it was read.
            Optional<ShiftBlock> locked = schedule.lockBlock(empty.id());
            if (locked.isPresent() && locked.get().assignments().isEmpty()) {
                schedule.remove(locked.get());
                removed++;
            } else if (locked.isPresent() && !BlockSync.covered(locked.get(), openings)) {
                flagged.add(locked.get());
            }
        }
        for (ShiftBlock block : flagged) {
            block.flag("De openingsuren dekken dit blok niet meer (gewijzigd op " + now.atZone(zone).toLocalDate()
                    + "). Verplaats of verwijder de operatoren.", now);
        }
        sync.unflag().forEach(ShiftBlock::unflag);
        int renewed = 0;
        for (var renew : sync.renew().entrySet()) {
            Optional<ShiftBlock> locked = schedule.lockBlock(renew.getKey().id());
            if (locked.isPresent() && locked.get().assignments().size() <= renew.getValue().max()) {
                locked.get().changeNeed(renew.getValue());
                renewed++;
            }
        }
        if (!flagged.isEmpty()) {
            LOG.warning(() -> "Line " + line + ": " + flagged.size()
                    + " blocks with operators on them are no longer covered by the opening hours; flagged.");
        }
        return new SyncResult(sync.create().size(), removed, flagged.size(), sync.unflag().size(), renewed);
    }

    @Override
    public void followOpeningHours(String line) {
        Optional<Instant> last = schedule.lastBlockStart(line);
        if (last.isEmpty()) {
            return;
        }
        ZoneId zone = openingHours.zone(line);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate until = last.get().atZone(zone).toLocalDate();
        for (LocalDate from = today; !from.isAfter(until); from = from.plusDays(MAX_DAYS)) {
            LocalDate to = from.plusDays(MAX_DAYS - 1L).isAfter(until) ? until : from.plusDays(MAX_DAYS - 1L);
            SyncResult result = generate(line, from, to, "system");
            LOG.info(() -> "Line " + line + ": blocks follow the new opening hours: " + result);
        }
    }

    @Override
    public ShiftBlock addBlock(String line, Instant start, Instant end, StaffingNeed need, String by) {
        if (start == null || end == null || !end.isAfter(start)) {
            throw Refusal.invalid("ends-before-start", "Een blok eindigt na het begin.");
        }
        if (Duration.between(start, end).compareTo(ShiftTemplate.SHORTEST) < 0
                || Duration.between(start, end).compareTo(ShiftTemplate.LONGEST) > 0) {
            throw Refusal.invalid("invalid-length", "Een blok duurt minstens 1 en hoogstens 8 uur.");
        }
        if (!end.isAfter(clock.instant())) {
            throw Refusal.invalid("block-over", "Dit blok ligt in het verleden.");
        }
        ZoneId zone = openingHours.zone(line);
        LocalDate day = start.atZone(zone).toLocalDate();
        if (!BlockSync.within(start, end, openingHours.intervals(line, day.minusDays(1), day.plusDays(1)))) {
            throw Refusal.invalid("outside-opening",
                    "Dit blok valt (deels) buiten de openingsuren. Voeg eerst een extra opening toe.");
        }
        if (schedule.blocks(line, start, end).stream().anyMatch(s -> s.startsAt().equals(start)
                && s.endsAt().equals(end))) {
            throw Refusal.conflict("block-exists", "Er is al een blok met precies die uren.");
        }
        ShiftBlock block = new ShiftBlock(line, start, end, need, BlockOrigin.MANUAL, by, clock.instant());
        schedule.add(block);
        return block;
    }

    @Override
    public void removeBlock(long blockId) {
        ShiftBlock block = placement.lockBlock(blockId);
        if (!block.assignments().isEmpty()) {
            throw Refusal.conflict("block-not-empty", "Er staan nog operatoren op dit blok; haal ze er eerst af.");
        }
        schedule.remove(block);
    }

    @Override
    public List<ShiftBlock> blocks(String line, LocalDate from, LocalDate to) {
        DayPeriod period = DayPeriod.of(from, to, MAX_LISTED_DAYS);
        ZoneId zone = openingHours.zone(line);
        return schedule.blocks(line, period.start(zone), period.end(zone));
    }

    @Override
    public Optional<ShiftBlock> block(long blockId) {
        Optional<ShiftBlock> block = schedule.block(blockId);
        block.ifPresent(s -> s.assignments().forEach(a -> a.operator().profile()));
        return block;
    }

    @Override
    public List<OperatorLoad> loads(String line, YearMonth month) {
        ZoneId zone = openingHours.zone(line);
        Map<String, Integer> counts = new HashMap<>();
        for (ShiftBlock block : schedule.blocks(line, month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())) {
            if (YearMonth.from(block.startsAt().atZone(zone)).equals(month)) {
                block.assignments().forEach(a -> counts.merge(a.username(), 1, Integer::sum));
            }
        }
        Map<String, Operator> known = new HashMap<>();
        operators.all().forEach(operator -> known.put(operator.username(), operator));
        List<OperatorLoad> loads = new ArrayList<>();
        for (String username : operators.logins()) {
            Operator operator = known.getOrDefault(username, new Operator(username));
            loads.add(new OperatorLoad(username, operator, counts.getOrDefault(username, 0)));
        }
        return loads;
    }

    @Override
    public OperatorProfile profile(String username) {
        checkOperatorLogin(username);
        return operators.find(username).map(Operator::profile).orElse(OperatorProfile.unknown());
    }

    @Override
    public void describe(String username, OperatorProfile profile) {
        checkOperatorLogin(username);
        Map<String, String> problems = profile.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-profile", problems);
        }
        operators.lock(username).describe(profile);
    }

    @Override
    public boolean supporter(String username) {
        return operators.find(username).filter(Operator::supporter).isPresent();
    }

    @Override
    public void markSupporter(String username, boolean supporter) {
        checkOperatorLogin(username);
        operators.lock(username).markSupporter(supporter);
    }

    private void checkOperatorLogin(String username) {
        if (!operators.isLogin(username)) {
            throw Refusal.notFound("unknown-operator", "Er is geen actieve login met de rol operator '"
                    + username + "'.");
        }
    }

    @Override
    public Roster rosterProblem(String line, LocalDate from, LocalDate to) {
        DayPeriod.of(from, to, MAX_DAYS);
        ZoneId zone = openingHours.zone(line);
        Instant now = clock.instant();
        // Everything already planned in the months the period touches counts towards the monthly wishes.
        Instant monthsFrom = YearMonth.from(from).atDay(1).atStartOfDay(zone).toInstant();
        Instant monthsTo = YearMonth.from(to).plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<ShiftBlock> around = schedule.blocks(line, monthsFrom.minus(BlockPlacement.LONGEST_BLOCK), monthsTo.plus(BlockPlacement.LONGEST_BLOCK));
        Map<String, Map<YearMonth, Integer>> planned = new HashMap<>();
        Map<String, List<RosterOperator.Busy>> busy = new HashMap<>();
        for (ShiftBlock block : around) {
            YearMonth month = YearMonth.from(block.startsAt().atZone(zone));
            for (ShiftAssignment assignment : block.assignments()) {
                planned.computeIfAbsent(assignment.username(), u -> new HashMap<>()).merge(month, 1, Integer::sum);
                busy.computeIfAbsent(assignment.username(), u -> new ArrayList<>()).add(new RosterOperator.Busy(
                        block.startsAt().getEpochSecond(), block.endsAt().getEpochSecond()));
            }
        }
        Set<String> logins = new LinkedHashSet<>(operators.logins());
        List<RosterOperator> team = new ArrayList<>();
        for (Operator operator : operators.all()) {
            OperatorProfile profile = operator.profile();
            if (logins.contains(operator.username()) && profile.active() && profile.wishedShiftsPerMonth() > 0) {
                team.add(new RosterOperator(operator.username(), profile.medical(),
                        profile.wishedShiftsPerMonth(), planned.getOrDefault(operator.username(), Map.of()),
                        busy.getOrDefault(operator.username(), List.of())));
            }
        }
        Instant periodFrom = from.atStartOfDay(zone).toInstant();
        Instant periodTo = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<RosterBlock> rosterBlocks = new ArrayList<>();
        for (ShiftBlock block : around) {
            if (block.flagged() || !block.startsAt().isAfter(now) || block.startsAt().isBefore(periodFrom)
                    || !block.startsAt().isBefore(periodTo)) {
                continue;
            }
            var coverage = block.coverage();
            rosterBlocks.add(new RosterBlock(block.id(), block.startsAt().atZone(zone), block.endsAt().atZone(zone),
                    coverage.filled(), coverage.need().min(), coverage.need().max(), coverage.need().needsMedical(),
                    coverage.medical() > 0));
        }
        return Roster.of(team, rosterBlocks);
    }

    @Override
    public RosterProposal storeProposal(String line, LocalDate from, LocalDate to, RosterReport report, String score,
                                        long solveMillis, String by) {
        List<String> unmet = new ArrayList<>(report.unmet().stream().map(RosterReport.Unmet::sentence).toList());
        List<RosterReport.Placement> placements = new ArrayList<>();
        Set<Long> gone = new LinkedHashSet<>();
        for (RosterReport.Placement placement : report.placements()) {
            if (schedule.block(placement.blockId()).isPresent()) {
                placements.add(placement);
            } else {
                gone.add(placement.blockId());
            }
        }
        if (!gone.isEmpty()) {
            unmet.add(gone.size() + (gone.size() == 1 ? " blok werd" : " blokken werden")
                    + " verwijderd terwijl het voorstel berekend werd; vraag een nieuw voorstel voor die dagen.");
        }
        RosterProposal proposal = new RosterProposal(line, from, to, score, solveMillis, unmet, by, clock.instant());
        placements.forEach(p -> proposal.propose(p.blockId(), p.username()));
        schedule.add(proposal);
        return proposal;
    }

    @Override
    public Optional<RosterProposal> proposal(long id) {
        Optional<RosterProposal> proposal = schedule.proposal(id);
        proposal.ifPresent(p -> p.items().size());
        return proposal;
    }

    @Override
    public Set<String> openItems(long proposalId) {
        Set<String> keys = new LinkedHashSet<>();
        schedule.proposal(proposalId).ifPresent(p -> p.items().stream()
                .filter(item -> item.outcome() == ProposalItem.Outcome.PROPOSED)
                .forEach(item -> keys.add(item.key())));
        return keys;
    }

    @Override
    public Optional<String> acceptItem(long proposalId, long blockId, String username, String by) {
        // Locked first: two coordinators taking the same proposal over go one after the other.
        RosterProposal proposal = schedule.lockProposal(proposalId).orElseThrow(() ->
                Refusal.notFound("unknown-proposal", "Dit voorstel bestaat niet (meer)."));
        ProposalItem item = proposal.items().stream()
                .filter(i -> i.blockId() == blockId && i.username().equals(username)).findFirst()
                .orElseThrow(() -> Refusal.notFound("unknown-item", "Deze plaatsing staat niet in het voorstel."));
        if (item.outcome() != ProposalItem.Outcome.PROPOSED) {
            return Optional.of(item.outcome() == ProposalItem.Outcome.ACCEPTED
                    ? "deze plaatsing was al overgenomen." : "deze plaatsing paste al eerder niet meer.");
        }
        // Checked before anything changes, so a refusal leaves the schedule as it was and only marks the item.
        try {
            placement.place(username, blockId, AssignmentSource.SUGGESTION, by);
            item.accepted();
            return Optional.empty();
        } catch (Refusal refusal) {
            item.refused();
            return Optional.of(refusal.getMessage());
        }
    }


}
