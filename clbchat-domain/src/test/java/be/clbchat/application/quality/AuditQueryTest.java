package be.clbchat.application.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void withoutDaysItIsTheLastThirtyInBrusselsTime() {
        AuditQuery query = AuditQuery.parse(" ", null, "", null, TODAY);
        assertThat(query.reader()).isEmpty();
        assertThat(query.chatId()).isEmpty();
        assertThat(query.from()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(query.to()).isEqualTo(TODAY);
        assertThat(query.untilInstant()).isEqualTo(Instant.parse("2026-12-03T23:00:00Z"));
    }

    @Test
    void aReaderAndAChatAreTrimmedAndAChatMustBeAChatsCode() {
        AuditQuery query = AuditQuery.parse(" coo ", " 0B6F3C1E-5A1D-4C1B-9A53-2F0D3C2B8E11 ", "2026-11-01",
                "2026-11-30", TODAY);
        assertThat(query.reader()).contains("coo");
        assertThat(query.chatId()).contains("0b6f3c1e-5a1d-4c1b-9a53-2f0d3c2b8e11");
        assertThatThrownBy(() -> AuditQuery.parse(null, "chat 12", null, null, TODAY))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.fields()).containsKey("chat"));
    }

    @Test
    void badOrReversedDaysAndMoreThanAYearAreRefused() {
        assertThatThrownBy(() -> AuditQuery.parse(null, null, "1/11/2026", null, TODAY))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.fields())
                        .containsEntry("from", "Schrijf de dag als 2026-12-01."));
        assertThatThrownBy(() -> AuditQuery.parse(null, null, "2026-12-02", "2026-12-01", TODAY))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.fields()).containsKey("from"));
        assertThatThrownBy(() -> AuditQuery.parse(null, null, "2025-01-01", "2026-12-01", TODAY))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.fields()).containsKey("to"));
        assertThat(AuditQuery.parse(null, null, "2025-12-01", "2026-12-01", TODAY).from())
                .isEqualTo(LocalDate.of(2025, 12, 1));
    }
}
