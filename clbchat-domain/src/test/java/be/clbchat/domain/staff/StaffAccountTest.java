package be.clbchat.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-22T14:00:00Z");

    @Test
    void aNewAccountIsActiveWithItsRoles() {
        StaffAccount account = new StaffAccount(new Username("jan"), " Jan ", "hash",
                Set.of(StaffRole.OPERATOR, StaffRole.COORDINATOR), NOW);

        assertThat(account.isActive()).isTrue();
        assertThat(account.displayName()).isEqualTo("Jan");
        assertThat(account.hasRole(StaffRole.OPERATOR)).isTrue();
        assertThat(account.hasRole(StaffRole.ADMIN)).isFalse();
    }

    @Test
    void anAccountWithoutRoleOrNameOrHashIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new StaffAccount(new Username("jan"), "Jan", "hash", Set.of(), NOW));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new StaffAccount(new Username("jan"), " ", "hash", Set.of(StaffRole.ADMIN), NOW));
        assertThatNullPointerException().isThrownBy(
                () -> new StaffAccount(new Username("jan"), "Jan", null, Set.of(StaffRole.ADMIN), NOW));
    }

    @Test
    void theRolesCannotBeChangedFromOutside() {
        StaffAccount account = new StaffAccount(new Username("jan"), "Jan", "hash", Set.of(StaffRole.OPERATOR), NOW);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> account.roles().add(StaffRole.ADMIN))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDeactivatedAccountIsNoLongerActive() {
        StaffAccount account = new StaffAccount(new Username("jan"), "Jan", "hash", Set.of(StaffRole.OPERATOR), NOW);
        account.deactivate();
        assertThat(account.isActive()).isFalse();
    }
}
