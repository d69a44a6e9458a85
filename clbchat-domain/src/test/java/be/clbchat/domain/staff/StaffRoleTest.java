package be.clbchat.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StaffRoleTest {

    @ParameterizedTest
    @EnumSource(StaffRole.class)
    void everyRoleSurvivesTheRoundTripThroughItsStoredCode(StaffRole role) {
        StaffRoleConverter converter = new StaffRoleConverter();
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(role))).isEqualTo(role);
    }

    @Test
    void theCodesAreTheRoleNamesTheContainerChecks() {
        assertThat(StaffRole.OPERATOR.code()).isEqualTo("operator");
        assertThat(StaffRole.COORDINATOR.code()).isEqualTo("coordinator");
        assertThat(StaffRole.CLB_ADMIN.code()).isEqualTo("clb-admin");
        assertThat(StaffRole.ADMIN.code()).isEqualTo("admin");
    }

    @Test
    void anUnknownCodeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> StaffRole.fromCode("superuser"));
    }
}
