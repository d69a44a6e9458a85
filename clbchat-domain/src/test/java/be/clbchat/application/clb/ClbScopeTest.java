package be.clbchat.application.clb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.staff.StaffAccount;
import be.clbchat.domain.staff.StaffRole;
import be.clbchat.domain.staff.Username;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClbScopeTest {

    private static StaffAccount account(StaffRole role, String clb) {
        StaffAccount account = new StaffAccount(new Username("someone"), "Iemand", "hash", Set.of(role),
                Instant.parse("2026-12-01T00:00:00Z"));
        account.joinClb(clb);
        return account;
    }

    @Test
    void theCoordinationTeamAndAdminsSeeEveryClb() {
        for (StaffRole role : Set.of(StaffRole.COORDINATOR, StaffRole.ADMIN)) {
            ClbScope scope = ClbScope.of(account(role, null));
            assertThat(scope.sees("clb-noord")).isTrue();
            assertThat(scope.sees("clb-zuid")).isTrue();
            scope.requireEveryClb("doen dit");
        }
    }

    @Test
    void aClbAdminSeesOnlyTheirOwnClb() {
        ClbScope scope = ClbScope.of(account(StaffRole.CLB_ADMIN, "clb-noord"));
        assertThat(scope.sees("clb-noord")).isTrue();
        assertThat(scope.sees("clb-zuid")).isFalse();
        assertThat(scope.sees(null)).isFalse();
        assertThatThrownBy(() -> scope.requireEveryClb("importeren CLB's")).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
    }

    @Test
    void aClbAdminWithoutAClbAClbsStaffAndAnOperatorSeeNoClb() {
        assertThat(ClbScope.of(account(StaffRole.CLB_ADMIN, null)).seesAny()).isFalse();
        assertThat(ClbScope.of(account(StaffRole.CLB_STAFF, "clb-noord")).sees("clb-noord")).isFalse();
        assertThat(ClbScope.of(account(StaffRole.OPERATOR, "clb-noord")).seesAny()).isFalse();
    }

    @Test
    void aDeactivatedAccountSeesNothing() {
        StaffAccount coordinator = account(StaffRole.COORDINATOR, null);
        coordinator.deactivate();
        assertThat(ClbScope.of(coordinator).seesAny()).isFalse();
    }

    @Test
    void aClbThatIsNotYoursIsNotFoundAsOneThatDoesNotExist() {
        assertThat(ClbScope.unknownClb().kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }
}
