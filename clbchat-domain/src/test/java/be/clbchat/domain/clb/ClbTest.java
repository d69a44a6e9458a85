package be.clbchat.domain.clb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClbTest {

    @Test
    void detailsAreTrimmedAndEveryWrongFieldIsNamed() {
        assertThat(new Clb.Details("  CLB Noord ", ClbNetwork.GO, " Gent ", null, true).check())
                .isEqualTo(new Clb.Details("CLB Noord", ClbNetwork.GO, "Gent", "", true));
        assertThatThrownBy(() -> new Clb.Details(" ", null, "", "x".repeat(201), true).check())
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.fields())
                        .containsOnlyKeys("name", "network", "municipality", "contact"));
    }

    @ParameterizedTest
    @CsvSource({"GO!,GO", "go,GO", "OVSG,OVSG", "pov,POV", "Vrij CLB Netwerk,VRIJ_CLB_NETWERK",
        "vrij-clb-netwerk,VRIJ_CLB_NETWERK", " VRIJ_CLB_NETWERK ,VRIJ_CLB_NETWERK"})
    void aNetworkIsReadAsPeopleWriteIt(String text, ClbNetwork network) {
        assertThat(ClbNetwork.parse(text)).hasValue(network);
    }

    @Test
    void anUnknownNetworkIsNone() {
        assertThat(ClbNetwork.parse("Katholiek")).isEmpty();
        assertThat(ClbNetwork.parse(null)).isEmpty();
    }
}
