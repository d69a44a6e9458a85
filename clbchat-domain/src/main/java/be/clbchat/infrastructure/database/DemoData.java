package be.clbchat.infrastructure.database;

import be.clbchat.application.schedule.SchedulePlanningService;
import be.clbchat.application.staff.StaffAccountService;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.operator.ClbNetwork;
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
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo accounts, one per role, written only on the embedded database in demo mode (never on an external one).
 * Their passwords are listed in README.md; they are for trying CLBch@t on your own machine only.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** username, display name, password, role. All marked as demo. */
    record DemoAccount(String username, String displayName, String password, StaffRole role) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("demo-operator", "Demo operator", "demo-operator", StaffRole.OPERATOR),
            new DemoAccount("demo-coordinator", "Demo coördinator", "demo-coordinator", StaffRole.COORDINATOR),
            new DemoAccount("demo-clb-admin", "Demo CLB-beheerder", "demo-clb-admin", StaffRole.CLB_ADMIN),
            new DemoAccount("demo-admin", "Demo beheerder", "demo-admin", StaffRole.ADMIN));

    /** Demo operators for trying the roster: a doctor, a nurse and others, each wishing a few shifts a month. */
    static final int DEMO_OPERATORS = 12;
    static final Discipline[] DISCIPLINES = {Discipline.ARTS, Discipline.PSYCHOLOOG_PEDAGOOG,
        Discipline.MAATSCHAPPELIJK_WERKER, Discipline.VERPLEEGKUNDIGE};

    @Inject
    private StaffAccountService accounts;

    @Inject
    private SchedulePlanningService planning;

    @Inject
    private Clock clock;

    void seed() {
        int created = 0;
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.createIfAbsent(new Username(demo.username()), demo.displayName(), demo.password(),
                    Set.of(demo.role()))) {
                created++;
            }
        }
        int before = created;
        for (int i = 1; i <= DEMO_OPERATORS; i++) {
            String username = String.format("demo-operator-%02d", i);
            if (accounts.createIfAbsent(new Username(username), "Demo operator " + i, username,
                    Set.of(StaffRole.OPERATOR))) {
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
