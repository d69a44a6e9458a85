package be.clbchat.domain.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperatorTest {

    @Test
    void withoutAnAliasAnOperatorCannotBeAvailable() {
        Operator operator = new Operator("op1");
        assertThatThrownBy(() -> operator.makeAvailable(true))
                .isInstanceOf(Refusal.class).extracting("code").isEqualTo("no-alias");
        operator.useAlias(" Sam ");
        operator.makeAvailable(true);
        assertThat(operator.alias()).contains("Sam");
        assertThat(operator.available()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"S", " ", "<b>Sam</b>", "-Sam", "1234567890123456789012345678901"})
    void anAliasReadsLikeAFirstName(String alias) {
        assertThatThrownBy(() -> Operator.checkAlias(alias)).isInstanceOf(Refusal.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sam", "An-Sofie", "Zoë", "Jo 2", "D'Hondt"})
    void ordinaryAliasesAreFine(String alias) {
        assertThat(Operator.checkAlias(alias)).isEqualTo(alias);
    }

    @Test
    void goingOfflineRemembersWhenFirstGone() {
        Operator operator = new Operator("op1");
        operator.cameOnline();
        Instant first = Instant.parse("2026-11-23T17:00:00Z");
        operator.wentOffline(first);
        operator.wentOffline(first.plusSeconds(30));
        assertThat(operator.offlineSince()).contains(first);
        operator.cameOnline();
        assertThat(operator.online()).isTrue();
        assertThat(operator.offlineSince()).isEmpty();
    }

    @Test
    void anAbsenceDealtWithLeavesTheOperatorAwayAndSettled() {
        Operator operator = new Operator("op1");
        operator.useAlias("Sam");
        operator.cameOnline();
        operator.makeAvailable(true);
        operator.wentOffline(Instant.parse("2026-11-23T17:00:00Z"));
        operator.absenceSettled();
        assertThat(operator.available()).isFalse();
        assertThat(operator.offlineSince()).isEmpty();
        operator.cameOnline();
        assertThatThrownBy(operator::absenceSettled).isInstanceOf(IllegalStateException.class);
    }
}
