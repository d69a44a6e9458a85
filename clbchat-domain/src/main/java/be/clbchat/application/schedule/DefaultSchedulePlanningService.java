package be.clbchat.application.schedule;

import be.clbchat.application.LineService;
import be.clbchat.application.OpeningHoursService;
import be.clbchat.domain.chat.Operator;
import be.clbchat.domain.opening.OpeningInterval;
import be.clbchat.domain.schedule.AssignmentSource;
import be.clbchat.domain.schedule.DayKind;
import be.clbchat.domain.schedule.OperatorProfile;
import be.clbchat.domain.schedule.PlannedBlock;
import be.clbchat.domain.schedule.ProposalItem;
import be.clbchat.domain.schedule.RosterProposal;
import be.clbchat.domain.schedule.ScheduleRepository;
import be.clbchat.domain.schedule.ShiftAssignment;
import be.clbchat.domain.schedule.ShiftRefusal;
import be.clbchat.domain.schedule.ShiftRules;
import be.clbchat.domain.schedule.ShiftSlot;
import be.clbchat.domain.schedule.ShiftTemplate;
import be.clbchat.domain.schedule.SlotOrigin;
import be.clbchat.domain.schedule.SlotPlanner;
import be.clbchat.domain.schedule.SlotSync;
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
import java.time.temporal.ChronoUnit;
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
    private static final Duration LONGEST_BLOCK = Duration.ofDays(1);

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
            throw ShiftRefusal.invalid("missing-day", "Kies het soort dag en de weekdag.");
        }
        ShiftTemplate.checkTimes(starts, ends);
        for (ShiftTemplate other : schedule.templates(line)) {
            if (!other.id().equals(id) && other.dayKind() == kind && other.weekday() == weekday
                    && other.starts().equals(starts) && other.ends().equals(ends)) {
                throw ShiftRefusal.conflict("template-exists", "Er is al een blok van " + starts + " tot " + ends
                        + " op die dag.");
            }
        }
        if (id == null) {
            ShiftTemplate template = new ShiftTemplate(line, kind, weekday, starts, ends, need, by, clock.instant());
            schedule.add(template);
            return template;
        }
        ShiftTemplate template = schedule.template(id).filter(t -> t.line().equals(line)).orElseThrow(() ->
                ShiftRefusal.notFound("unknown-template", "Dit sjabloon bestaat niet (meer)."));
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
        checkPeriod(from, to);
        ZoneId zone = openingHours.zone(line);
        schedule.lockPolicy(line);
        // A day either side, so that an opening across midnight is seen whole; the period's blocks are those that
        // start in it.
        Instant periodFrom = from.atStartOfDay(zone).toInstant();
        Instant periodTo = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<OpeningInterval> openings = openingHours.intervals(line, from.minusDays(1), to.plusDays(1));
        SlotPlanner planner = new SlotPlanner(zone, schedule.templates(line).stream()
                .map(SlotPlanner.Template::of).toList());
        List<PlannedBlock> needed = planner.plan(openings,
                        openingHours.schoolHolidayDays(line, from.minusDays(1), to.plusDays(1))).stream()
                .filter(block -> !block.start().isBefore(periodFrom) && block.start().isBefore(periodTo)).toList();
        List<ShiftSlot> existing = schedule.slots(line, periodFrom, periodTo).stream()
                .filter(slot -> !slot.startsAt().isBefore(periodFrom)).toList();
        Instant now = clock.instant();
        SlotSync sync = SlotSync.between(needed, existing, openings, now);
        for (PlannedBlock block : sync.create()) {
            schedule.add(new ShiftSlot(line, block.start(), block.end(), block.need(), block.origin(), by, now));
        }
        int removed = 0;
        List<ShiftSlot> flagged = new ArrayList<>(sync.flag());
        for (ShiftSlot empty : sync.delete()) {
            // Locked and looked at again: an operator may have signed up since it was read.
            Optional<ShiftSlot> locked = schedule.lockSlot(empty.id());
            if (locked.isPresent() && locked.get().assignments().isEmpty()) {
                schedule.remove(locked.get());
                removed++;
            } else if (locked.isPresent() && !SlotSync.covered(locked.get(), openings)) {
                flagged.add(locked.get());
            }
        }
        for (ShiftSlot slot : flagged) {
            slot.flag("De openingsuren dekken dit blok niet meer (gewijzigd op " + now.atZone(zone).toLocalDate()
                    + "). Verplaats of verwijder de operatoren.", now);
        }
        sync.unflag().forEach(ShiftSlot::unflag);
        int renewed = 0;
        for (var renew : sync.renew().entrySet()) {
            Optional<ShiftSlot> locked = schedule.lockSlot(renew.getKey().id());
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
        Optional<Instant> last = schedule.lastSlotStart(line);
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
    public ShiftSlot addBlock(String line, Instant start, Instant end, StaffingNeed need, String by) {
        if (start == null || end == null || !end.isAfter(start)) {
            throw ShiftRefusal.invalid("ends-before-start", "Een blok eindigt na het begin.");
        }
        if (Duration.between(start, end).compareTo(ShiftTemplate.SHORTEST) < 0
                || Duration.between(start, end).compareTo(ShiftTemplate.LONGEST) > 0) {
            throw ShiftRefusal.invalid("invalid-length", "Een blok duurt minstens 1 en hoogstens 8 uur.");
        }
        if (!end.isAfter(clock.instant())) {
            throw ShiftRefusal.invalid("block-over", "Dit blok ligt in het verleden.");
        }
        ZoneId zone = openingHours.zone(line);
        LocalDate day = start.atZone(zone).toLocalDate();
        if (!SlotSync.within(start, end, openingHours.intervals(line, day.minusDays(1), day.plusDays(1)))) {
            throw ShiftRefusal.invalid("outside-opening",
                    "Dit blok valt (deels) buiten de openingsuren. Voeg eerst een extra opening toe.");
        }
        if (schedule.slots(line, start, end).stream().anyMatch(s -> s.startsAt().equals(start)
                && s.endsAt().equals(end))) {
            throw ShiftRefusal.conflict("block-exists", "Er is al een blok met precies die uren.");
        }
        ShiftSlot slot = new ShiftSlot(line, start, end, need, SlotOrigin.MANUAL, by, clock.instant());
        schedule.add(slot);
        return slot;
    }

    @Override
    public void removeBlock(long slotId) {
        ShiftSlot slot = schedule.lockSlot(slotId).orElseThrow(DefaultSchedulePlanningService::unknownBlock);
        if (!slot.assignments().isEmpty()) {
            throw ShiftRefusal.conflict("block-not-empty", "Er staan nog operatoren op dit blok; haal ze er eerst af.");
        }
        schedule.remove(slot);
    }

    @Override
    public List<ShiftSlot> blocks(String line, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 400) {
            throw ShiftRefusal.invalid("invalid-range", "Vraag hoogstens 400 dagen op, 'van' voor 'tot'.");
        }
        ZoneId zone = openingHours.zone(line);
        return schedule.slots(line, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Override
    public Optional<ShiftSlot> block(long slotId) {
        Optional<ShiftSlot> slot = schedule.slot(slotId);
        slot.ifPresent(s -> s.assignments().forEach(a -> a.operator().profile()));
        return slot;
    }

    @Override
    public List<OperatorLoad> loads(String line, YearMonth month) {
        ZoneId zone = openingHours.zone(line);
        Map<String, Integer> counts = new HashMap<>();
        for (ShiftSlot slot : schedule.slots(line, month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())) {
            if (YearMonth.from(slot.startsAt().atZone(zone)).equals(month)) {
                slot.assignments().forEach(a -> counts.merge(a.username(), 1, Integer::sum));
            }
        }
        Map<String, Operator> known = new HashMap<>();
        schedule.operators().forEach(operator -> known.put(operator.username(), operator));
        List<OperatorLoad> loads = new ArrayList<>();
        for (String username : schedule.operatorLogins()) {
            Operator operator = known.getOrDefault(username, new Operator(username));
            loads.add(new OperatorLoad(username, operator, counts.getOrDefault(username, 0)));
        }
        return loads;
    }

    @Override
    public OperatorProfile profile(String username) {
        checkOperatorLogin(username);
        return schedule.operator(username).map(Operator::profile).orElse(OperatorProfile.unknown());
    }

    @Override
    public void describe(String username, OperatorProfile profile) {
        checkOperatorLogin(username);
        Map<String, String> problems = profile.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidProfile(problems);
        }
        schedule.lockOperator(username).describe(profile);
    }

    private void checkOperatorLogin(String username) {
        if (!schedule.isOperatorLogin(username)) {
            throw ShiftRefusal.notFound("unknown-operator", "Er is geen actieve login met de rol operator '"
                    + username + "'.");
        }
    }

    @Override
    public Roster rosterProblem(String line, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        ZoneId zone = openingHours.zone(line);
        Instant now = clock.instant();
        // Everything already planned in the months the period touches counts towards the monthly wishes.
        Instant monthsFrom = YearMonth.from(from).atDay(1).atStartOfDay(zone).toInstant();
        Instant monthsTo = YearMonth.from(to).plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<ShiftSlot> around = schedule.slots(line, monthsFrom.minus(LONGEST_BLOCK), monthsTo.plus(LONGEST_BLOCK));
        Map<String, Map<YearMonth, Integer>> planned = new HashMap<>();
        Map<String, List<RosterOperator.Busy>> busy = new HashMap<>();
        for (ShiftSlot slot : around) {
            YearMonth month = YearMonth.from(slot.startsAt().atZone(zone));
            for (ShiftAssignment assignment : slot.assignments()) {
                planned.computeIfAbsent(assignment.username(), u -> new HashMap<>()).merge(month, 1, Integer::sum);
                busy.computeIfAbsent(assignment.username(), u -> new ArrayList<>()).add(new RosterOperator.Busy(
                        slot.startsAt().getEpochSecond(), slot.endsAt().getEpochSecond()));
            }
        }
        Set<String> logins = new LinkedHashSet<>(schedule.operatorLogins());
        List<RosterOperator> operators = new ArrayList<>();
        for (Operator operator : schedule.operators()) {
            OperatorProfile profile = operator.profile();
            if (logins.contains(operator.username()) && profile.active() && profile.wishedShiftsPerMonth() > 0) {
                operators.add(new RosterOperator(operator.username(), profile.medical(),
                        profile.wishedShiftsPerMonth(), planned.getOrDefault(operator.username(), Map.of()),
                        busy.getOrDefault(operator.username(), List.of())));
            }
        }
        Instant periodFrom = from.atStartOfDay(zone).toInstant();
        Instant periodTo = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<RosterBlock> blocks = new ArrayList<>();
        for (ShiftSlot slot : around) {
            if (slot.flagged() || !slot.startsAt().isAfter(now) || slot.startsAt().isBefore(periodFrom)
                    || !slot.startsAt().isBefore(periodTo)) {
                continue;
            }
            var coverage = slot.coverage();
            blocks.add(new RosterBlock(slot.id(), slot.startsAt().atZone(zone), slot.endsAt().atZone(zone),
                    coverage.filled(), coverage.need().min(), coverage.need().max(), coverage.need().needsMedical(),
                    coverage.medical() > 0));
        }
        return Roster.of(operators, blocks);
    }

    @Override
    public RosterProposal storeProposal(String line, LocalDate from, LocalDate to, RosterReport report, String score,
                                        long solveMillis, String by) {
        List<String> unmet = new ArrayList<>(report.unmet().stream().map(RosterReport.Unmet::sentence).toList());
        List<RosterReport.Placement> placements = new ArrayList<>();
        Set<Long> gone = new LinkedHashSet<>();
        for (RosterReport.Placement placement : report.placements()) {
            if (schedule.slot(placement.slotId()).isPresent()) {
                placements.add(placement);
            } else {
                gone.add(placement.slotId());
            }
        }
        if (!gone.isEmpty()) {
            unmet.add(gone.size() + (gone.size() == 1 ? " blok werd" : " blokken werden")
                    + " verwijderd terwijl het voorstel berekend werd; vraag een nieuw voorstel voor die dagen.");
        }
        RosterProposal proposal = new RosterProposal(line, from, to, score, solveMillis, unmet, by, clock.instant());
        placements.forEach(p -> proposal.propose(p.slotId(), p.username()));
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
    public Optional<String> acceptItem(long proposalId, long slotId, String username, String by) {
        // Locked first: two coordinators taking the same proposal over go one after the other.
        RosterProposal proposal = schedule.lockProposal(proposalId).orElseThrow(() ->
                ShiftRefusal.notFound("unknown-proposal", "Dit voorstel bestaat niet (meer)."));
        ProposalItem item = proposal.items().stream()
                .filter(i -> i.slotId() == slotId && i.username().equals(username)).findFirst()
                .orElseThrow(() -> ShiftRefusal.notFound("unknown-item", "Deze plaatsing staat niet in het voorstel."));
        if (item.outcome() != ProposalItem.Outcome.PROPOSED) {
            return Optional.of(item.outcome() == ProposalItem.Outcome.ACCEPTED
                    ? "deze plaatsing was al overgenomen." : "deze plaatsing paste al eerder niet meer.");
        }
        // Checked before anything changes, so a refusal leaves the schedule as it was and only marks the item.
        try {
            Operator operator = schedule.lockOperator(username);
            ShiftSlot slot = schedule.lockSlot(slotId).orElseThrow(DefaultSchedulePlanningService::unknownBlock);
            if (!clock.instant().isBefore(slot.startsAt())) {
                throw ShiftRefusal.conflict("block-started", "Dit blok is al begonnen.");
            }
            ShiftRules.checkNoOverlap(slot, schedule.slotsOf(username, slot.startsAt().minus(LONGEST_BLOCK),
                    slot.endsAt().plus(LONGEST_BLOCK)));
            slot.assign(operator, AssignmentSource.SUGGESTION, by, clock.instant());
            item.accepted();
            return Optional.empty();
        } catch (ShiftRefusal refusal) {
            item.refused();
            return Optional.of(refusal.getMessage());
        }
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw ShiftRefusal.invalid("missing-date", "Vul een begin- en einddatum in.");
        }
        if (to.isBefore(from)) {
            throw ShiftRefusal.invalid("invalid-range", "De einddatum ligt voor de begindatum.");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw ShiftRefusal.invalid("range-too-long", "Kies een periode van hoogstens " + MAX_DAYS + " dagen.");
        }
        if (from.getYear() < 2000 || to.getYear() >= 2100) {
            throw ShiftRefusal.invalid("out-of-range", "Kies dagen tussen 2000 en 2100.");
        }
    }

    private static ShiftRefusal unknownBlock() {
        return ShiftRefusal.notFound("unknown-block", "Dit blok bestaat niet (meer).");
    }
}
