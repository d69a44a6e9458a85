package be.clbchat.domain.schedule;

import be.clbchat.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;

/** One block of a kind of opening day, e.g. a school Wednesday 14:00-17:00 with four to six operators. */
@Entity
@Table(name = "shift_template")
public class ShiftTemplate {

    /** Blocks are meant to be 2.5 to 3 hours; anything from one hour to a long evening is allowed. */
    public static final Duration SHORTEST = Duration.ofHours(1);
    public static final Duration LONGEST = Duration.ofHours(8);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_code", nullable = false, length = 40)
    private String line;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_kind", nullable = false, length = 12)
    private DayKind dayKind;

    @Column(name = "weekday", nullable = false)
    private int weekday;

    @Column(name = "starts", nullable = false)
    private LocalTime starts;

    @Column(name = "ends", nullable = false)
    private LocalTime ends;

    @Column(name = "min_operators", nullable = false)
    private int minOperators;

    @Column(name = "max_operators", nullable = false)
    private int maxOperators;

    @Column(name = "needs_medical", nullable = false)
    private boolean needsMedical;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ShiftTemplate() {
        // for JPA
    }

    public ShiftTemplate(String line, DayKind dayKind, DayOfWeek weekday, LocalTime starts, LocalTime ends,
                         StaffingNeed need, String by, Instant at) {
        this.line = Objects.requireNonNull(line, "line");
        change(dayKind, weekday, starts, ends, need, by, at);
    }

    /** The block's times must make a block: end after start, one to eight hours, within one day. */
    public static void checkTimes(LocalTime starts, LocalTime ends) {
        if (starts == null || ends == null) {
            throw Refusal.invalid("missing-time", "Vul een begin- en einduur in.");
        }
        if (!ends.isAfter(starts)) {
            throw Refusal.invalid("ends-before-start", "Een blok eindigt na het begin (op dezelfde dag).");
        }
        Duration length = Duration.between(starts, ends);
        if (length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
            throw Refusal.invalid("invalid-length", "Een blok duurt minstens 1 en hoogstens 8 uur.");
        }
    }

    public final void change(DayKind newKind, DayOfWeek newWeekday, LocalTime newStarts, LocalTime newEnds,
                             StaffingNeed need, String by, Instant at) {
        checkTimes(newStarts, newEnds);
        this.dayKind = Objects.requireNonNull(newKind, "dayKind");
        this.weekday = Objects.requireNonNull(newWeekday, "weekday").getValue();
        this.starts = newStarts;
        this.ends = newEnds;
        this.minOperators = need.min();
        this.maxOperators = need.max();
        this.needsMedical = need.needsMedical();
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public Long id() {
        return id;
    }

    public String line() {
        return line;
    }

    public DayKind dayKind() {
        return dayKind;
    }

    public DayOfWeek weekday() {
        return DayOfWeek.of(weekday);
    }

    public LocalTime starts() {
        return starts;
    }

    public LocalTime ends() {
        return ends;
    }

    public StaffingNeed need() {
        return new StaffingNeed(minOperators, maxOperators, needsMedical);
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
