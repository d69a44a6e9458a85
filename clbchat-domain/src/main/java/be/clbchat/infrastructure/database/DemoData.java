package be.clbchat.infrastructure.database;

import be.clbchat.application.box.BoxService;
import be.clbchat.application.box.DefaultBoxService;
import be.clbchat.application.clb.ClbService;
import be.clbchat.application.schedule.SchedulePlanningService;
import be.clbchat.application.staff.StaffAccountService;
import be.clbchat.domain.box.Box;
import be.clbchat.domain.box.BoxPurpose;
import be.clbchat.domain.box.BoxState;
import be.clbchat.domain.box.BoxWindow;
import be.clbchat.domain.chat.VisitorRole;
import be.clbchat.domain.clb.Clb;
import be.clbchat.domain.clb.ClbNetwork;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.operator.Discipline;
import be.clbchat.domain.operator.OperatorProfile;
import be.clbchat.domain.schedule.DayKind;
import be.clbchat.domain.schedule.StaffingNeed;
import be.clbchat.domain.staff.StaffRole;
import be.clbchat.domain.staff.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo accounts, one per role, two demo CLBs ("Demo-CLB Noord" and "Demo-CLB Zuid") with their admins, staff and a
 * published box each, written only on the embedded database in demo mode (never on an external one).
 * Their passwords are listed in README.md; they are for trying CLBch@t on your own machine only.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** username, display name, password, role, CLB (null: none). All marked as demo. */
    record DemoAccount(String username, String displayName, String password, StaffRole role, String clb) {
    }

    static final String NOORD = "demo-clb-noord";
    static final String ZUID = "demo-clb-zuid";

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("demo-operator", "Demo operator", "demo-operator", StaffRole.OPERATOR, null),
            new DemoAccount("demo-coordinator", "Demo coördinator", "demo-coordinator", StaffRole.COORDINATOR, null),
            new DemoAccount("demo-clb-admin", "Demo CLB-beheerder", "demo-clb-admin", StaffRole.CLB_ADMIN, NOORD),
            new DemoAccount("demo-admin", "Demo beheerder", "demo-admin", StaffRole.ADMIN, null),
            new DemoAccount("demo-noord-admin", "Demo beheerder Noord", "demo-noord-admin", StaffRole.CLB_ADMIN,
                    NOORD),
            new DemoAccount("demo-noord-1", "Demo medewerker Noord 1", "demo-noord-1", StaffRole.CLB_STAFF, NOORD),
            new DemoAccount("demo-noord-2", "Demo medewerker Noord 2", "demo-noord-2", StaffRole.CLB_STAFF, NOORD),
            new DemoAccount("demo-zuid-admin", "Demo beheerder Zuid", "demo-zuid-admin", StaffRole.CLB_ADMIN, ZUID),
            new DemoAccount("demo-zuid-1", "Demo medewerker Zuid 1", "demo-zuid-1", StaffRole.CLB_STAFF, ZUID),
            new DemoAccount("demo-zuid-2", "Demo medewerker Zuid 2", "demo-zuid-2", StaffRole.CLB_STAFF, ZUID));

    /** Demo operators for trying the roster: a doctor, a nurse and others, each wishing a few shifts a month. */
    static final int DEMO_OPERATORS = 12;
    static final Discipline[] DISCIPLINES = {Discipline.ARTS, Discipline.PSYCHOLOOG_PEDAGOOG,
        Discipline.MAATSCHAPPELIJK_WERKER, Discipline.VERPLEEGKUNDIGE};

    @Inject
    private StaffAccountService accounts;

    @Inject
    private ClbService clbs;

    @Inject
    private BoxService boxes;

    @Inject
    private SchedulePlanningService planning;

    @Inject
    private Clock clock;

    @Inject
    private be.clbchat.application.handover.HandoverService handovers;

    @Inject
    private be.clbchat.application.opening.OpeningRulesService openingRules;

    /**
     * Outside demo mode the demo accounts, if an earlier start made them, cannot log in: they are deactivated (not
     * deleted — chats and registrations refer to them). Demo mode on again reactivates them.
     */
    void retire() {
        List<Username> demo = new ArrayList<>();
        ACCOUNTS.forEach(account -> demo.add(new Username(account.username())));
        for (int i = 1; i <= DEMO_OPERATORS; i++) {
            demo.add(new Username(String.format("demo-operator-%02d", i)));
        }
        int retired = accounts.deactivateDemo(demo);
        if (retired > 0) {
            LOG.info(() -> retired + " demo accounts deactivated: demo mode is off or the server is not on a loopback"
                    + " address.");
        }
    }

    void seed() {
        boolean noord = clbs.createIfAbsent(NOORD, new Clb.Details("Demo-CLB Noord", ClbNetwork.VRIJ_CLB_NETWERK,
                "Demo-gemeente Noord", "demo-noord@example.org (demo)", true), true);
        boolean zuid = clbs.createIfAbsent(ZUID, new Clb.Details("Demo-CLB Zuid", ClbNetwork.GO,
                "Demo-gemeente Zuid", "demo-zuid@example.org (demo)", true), true);
        int created = 0;
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.createDemoIfAbsent(new Username(demo.username()), demo.displayName(), demo.password(),
                    Set.of(demo.role()), demo.clb())) {
                created++;
            }
        }
        if (noord) {
            seedBox(NOORD, "demo-noord-admin", "Demo: vragen na de infoavond studiekeuze", "infoavond-studiekeuze",
                    BoxPurpose.INFORMATION, Set.of(VisitorRole.PUPIL, VisitorRole.PARENT),
                    "Dit is een demobox. Na de infoavond over de studiekeuze beantwoordt ons team je vragen.",
                    Set.of("demo-noord-1", "demo-noord-2"));
        }
        if (zuid) {
            seedBox(ZUID, "demo-zuid-admin", "Demo: praten na een ingrijpende gebeurtenis", "praten-na-het-ongeval",
                    BoxPurpose.CRITICAL_INCIDENT, Set.of(VisitorRole.PUPIL, VisitorRole.PARENT, VisitorRole.TEACHER),
                    "Dit is een demobox. Wil je praten over wat er gebeurd is? Ons team luistert.",
                    Set.of("demo-zuid-1", "demo-zuid-2"));
        }
        int before = created;
        for (int i = 1; i <= DEMO_OPERATORS; i++) {
            String username = String.format("demo-operator-%02d", i);
            if (accounts.createDemoIfAbsent(new Username(username), "Demo operator " + i, username,
                    Set.of(StaffRole.OPERATOR), null)) {
                created++;
            }
        }
        int count = created;
        if (count > 0) {
            LOG.info(() -> "Demo mode: created " + count + " demo accounts (see README.md).");
        }
        if (created > before) { // the demo operators are new: on a fresh demo database, or one from before schedules
            seedSchedule();
        }
        seedPartnerLine();
    }

    static final String PARTNER_LINE = "demo-partnerlijn";

    /**
     * A partner line to try hand-overs with: open every day 9:00-23:00, answered by demo-operator-01, and CLBch@t and
     * it may hand chats over to each other. Marked as demo.
     */
    private void seedPartnerLine() {
        if (handovers.partnerLines().containsKey(PARTNER_LINE)) {
            return;
        }
        handovers.createPartnerLine("demo-coordinator", PARTNER_LINE, "Demo-partnerlijn", "Demo-organisatie (demo)");
        be.clbchat.domain.opening.StoredRuleSet closed = openingRules.ruleSets(PARTNER_LINE).get(0);
        be.clbchat.domain.opening.WeeklyHours daily = be.clbchat.domain.opening.WeeklyHours.builder()
                .open(be.clbchat.domain.opening.TimeRange.of("09:00", "23:00"), DayOfWeek.values()).build();
        openingRules.saveRuleSet(PARTNER_LINE, closed.id(), new be.clbchat.domain.opening.RuleSet(
                closed.rules().validFrom(), null, daily, daily, false, List.of()),
                "Demo: elke dag van 9 tot 23 uur");
        handovers.addToPartnerTeam("demo-coordinator", PARTNER_LINE, "demo-operator-01");
        handovers.addRoute("demo-coordinator", Line.MAIN, PARTNER_LINE);
        handovers.addRoute("demo-coordinator", PARTNER_LINE, Line.MAIN);
        LOG.info("Demo mode: made the partner line " + PARTNER_LINE + " (see README.md).");
    }

    /** A published box with one window in the coming week, two evenings from now, 19:00-21:00 in Brussels. */
    private void seedBox(String clb, String admin, String title, String slug, BoxPurpose purpose,
                         Set<VisitorRole> audience, String intro, Set<String> team) {
        LocalDate day = LocalDate.now(clock.withZone(DefaultBoxService.ZONE)).plusDays(2);
        BoxWindow window = BoxWindow.local(day.atTime(19, 0), day.atTime(21, 0), DefaultBoxService.ZONE);
        boxes.create(admin, clb, new Box.Draft(title, slug, purpose, audience, intro, List.of(window)), team,
                BoxState.PUBLISHED);
    }

    /** Profiles, one template (a school Wednesday as the issue describes it) and blocks for the coming four weeks. */
    private void seedSchedule() {
        LocalDate today = LocalDate.now(clock);
        planning.describe("demo-operator", new OperatorProfile("Demo operator", Discipline.VERPLEEGKUNDIGE,
                "Demo-CLB", ClbNetwork.VRIJ_CLB_NETWERK, true, 4, today.minusYears(1)));
        for (int i = 1; i <= DEMO_OPERATORS; i++) {
            planning.describe(String.format("demo-operator-%02d", i), new OperatorProfile("Demo operator " + i,
                    DISCIPLINES[i % DISCIPLINES.length], "Demo-CLB " + (1 + i % 3),
                    ClbNetwork.values()[i % ClbNetwork.values().length], true, 2 + i % 3, today.minusMonths(i)));
        }
        for (String[] block : new String[][] {{"14:00", "17:00"}, {"16:30", "19:00"}, {"18:30", "21:00"}}) {
            planning.saveTemplate(null, Line.MAIN, DayKind.SCHOOL_DAY, DayOfWeek.WEDNESDAY,
                    LocalTime.parse(block[0]), LocalTime.parse(block[1]), StaffingNeed.DEFAULT, "demo");
        }
        planning.generate(Line.MAIN, today, today.plusWeeks(4), "demo");
    }
}
