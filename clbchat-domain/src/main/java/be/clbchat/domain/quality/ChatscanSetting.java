package be.clbchat.domain.quality;

import be.clbchat.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** How the chatscan draws: the length of a period and how many chats per operator. One row, kept by coordinators. */
@Entity
@Table(name = "chatscan_setting")
public class ChatscanSetting {

    public static final int MAX_PER_OPERATOR = 5;

    @Id
    @Column(name = "id")
    private int id = 1;

    @Column(name = "period_months", nullable = false)
    private int periodMonths;

    @Column(name = "per_operator", nullable = false)
    private int perOperator;

    @Column(name = "changed_by", length = 64)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected ChatscanSetting() {
    }

    public void change(int months, int count, String by, Instant at) {
        if (!ChatscanPeriod.LENGTHS.contains(months)) {
            throw Refusal.invalid("invalid-setting", Map.of("periodMonths",
                    "Kies een periode van 1, 2, 3, 4, 6 of 12 maanden."));
        }
        if (count < 1 || count > MAX_PER_OPERATOR) {
            throw Refusal.invalid("invalid-setting", Map.of("perOperator",
                    "Kies 1 tot " + MAX_PER_OPERATOR + " gesprekken per operator."));
        }
        this.periodMonths = months;
        this.perOperator = count;
        this.changedBy = by;
        this.changedAt = at;
    }

    public int periodMonths() {
        return periodMonths;
    }

    public int perOperator() {
        return perOperator;
    }

    public ChatscanPeriod periodOf(LocalDate day) {
        return ChatscanPeriod.containing(day, periodMonths);
    }

    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }
}
