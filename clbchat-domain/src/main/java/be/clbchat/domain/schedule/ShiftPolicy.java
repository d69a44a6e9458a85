package be.clbchat.domain.schedule;

import be.clbchat.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Per line: how long before a block operators can no longer sign up or withdraw themselves. */
@Entity
@Table(name = "shift_policy")
public class ShiftPolicy {

    public static final int MAX_CUTOFF_HOURS = 720;

    @Id
    @Column(name = "line_code", length = 40)
    private String line;

    @Column(name = "cutoff_hours", nullable = false)
    private int cutoffHours;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ShiftPolicy() {
        // for JPA
    }

    public ShiftPolicy(String line, int cutoffHours, String by, Instant at) {
        this.line = Objects.requireNonNull(line, "line");
        changeCutoff(cutoffHours, by, at);
    }

    public final void changeCutoff(int hours, String by, Instant at) {
        if (hours < 0 || hours > MAX_CUTOFF_HOURS) {
            throw Refusal.invalid("invalid-cutoff",
                    "De termijn ligt tussen 0 en " + MAX_CUTOFF_HOURS + " uur voor het begin van een blok.");
        }
        this.cutoffHours = hours;
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public String line() {
        return line;
    }

    public Duration cutoff() {
        return Duration.ofHours(cutoffHours);
    }

    public int cutoffHours() {
        return cutoffHours;
    }
}
