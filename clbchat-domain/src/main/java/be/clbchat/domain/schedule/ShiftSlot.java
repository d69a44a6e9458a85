package be.clbchat.domain.schedule;

import be.clbchat.domain.chat.Operator;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One block on one day that operators sign up for. It guards its own limits (never more than the maximum, nobody
 * twice, nobody on a block the opening hours no longer cover); rules that look at other blocks are in
 * {@link ShiftRules}.
 */
@Entity
@Table(name = "shift_slot")
@NamedQuery(name = ShiftSlot.BETWEEN, query = "SELECT DISTINCT s FROM ShiftSlot s LEFT JOIN FETCH s.assignments a"
        + " LEFT JOIN FETCH a.operator WHERE s.line = :line AND s.endsAt > :from AND s.startsAt < :to"
        + " ORDER BY s.startsAt, s.endsAt")
@NamedQuery(name = ShiftSlot.OF_OPERATOR, query = "SELECT a.slot FROM ShiftAssignment a WHERE a.operator.username"
        + " = :username AND a.slot.endsAt > :from AND a.slot.startsAt < :to ORDER BY a.slot.startsAt")
@NamedQuery(name = ShiftSlot.LAST, query = "SELECT MAX(s.startsAt) FROM ShiftSlot s WHERE s.line = :line")
public class ShiftSlot {

    public static final String BETWEEN = "ShiftSlot.between";
    public static final String OF_OPERATOR = "ShiftSlot.ofOperator";
    public static final String LAST = "ShiftSlot.last";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_code", nullable = false, length = 40)
    private String line;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "min_operators", nullable = false)
    private int minOperators;

    @Column(name = "max_operators", nullable = false)
    private int maxOperators;

    @Column(name = "needs_medical", nullable = false)
    private boolean needsMedical;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 10)
    private SlotOrigin origin;

    @Column(name = "flagged_since")
    private Instant flaggedSince;

    @Column(name = "flag_reason", length = 200)
    private String flagReason;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "slot", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ShiftAssignment> assignments = new ArrayList<>();

    protected ShiftSlot() {
        // for JPA
    }

    public ShiftSlot(String line, Instant startsAt, Instant endsAt, StaffingNeed need, SlotOrigin origin, String by,
                     Instant at) {
        this.line = Objects.requireNonNull(line, "line");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.endsAt = Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw ShiftRefusal.invalid("ends-before-start", "Een blok eindigt na het begin.");
        }
        changeNeed(need);
        this.origin = Objects.requireNonNull(origin, "origin");
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** Puts an operator on the block: refused when they are already on it, it is full, or it is flagged. */
    public ShiftAssignment assign(Operator operator, AssignmentSource source, String by, Instant at) {
        if (flagged()) {
            throw ShiftRefusal.conflict("block-flagged", "Dit blok valt niet meer binnen de openingsuren.");
        }
        if (!operator.profile().active()) {
            throw ShiftRefusal.conflict("operator-inactive", "Deze operator neemt op dit moment geen shifts op.");
        }
        if (assignmentOf(operator.username()).isPresent()) {
            throw ShiftRefusal.conflict("already-on-block", "Deze operator staat al op dit blok.");
        }
        if (assignments.size() >= maxOperators) {
            throw ShiftRefusal.conflict("block-full", "Dit blok is volzet (" + maxOperators
                    + (maxOperators == 1 ? " operator)." : " operatoren)."));
        }
        ShiftAssignment assignment = new ShiftAssignment(this, operator, source, by, at);
        assignments.add(assignment);
        return assignment;
    }

    public void unassign(String username) {
        ShiftAssignment assignment = assignmentOf(username).orElseThrow(() -> ShiftRefusal.conflict("not-on-block",
                "Deze operator staat niet op dit blok."));
        assignments.remove(assignment);
    }

    public Optional<ShiftAssignment> assignmentOf(String username) {
        return assignments.stream().filter(a -> a.username().equals(username)).findFirst();
    }

    /** A new minimum/maximum; refused when more operators are on it than the new maximum. */
    public final void changeNeed(StaffingNeed need) {
        Objects.requireNonNull(need, "need");
        if (assignments != null && assignments.size() > need.max()) {
            throw ShiftRefusal.conflict("above-new-maximum", "Er staan al " + assignments.size()
                    + " operatoren op dit blok; haal er eerst af voor je het maximum verlaagt.");
        }
        this.minOperators = need.min();
        this.maxOperators = need.max();
        this.needsMedical = need.needsMedical();
    }

    /** The opening hours no longer cover this block: it stays, with its people, until a coordinator decides. */
    public void flag(String reason, Instant at) {
        if (!flagged()) {
            flaggedSince = Objects.requireNonNull(at, "at");
        }
        flagReason = reason.length() > 200 ? reason.substring(0, 200) : reason;
    }

    public void unflag() {
        flaggedSince = null;
        flagReason = null;
    }

    public boolean flagged() {
        return flaggedSince != null;
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
    }

    public Coverage coverage() {
        int medical = (int) assignments.stream().filter(a -> a.operator().profile().medical()).count();
        return new Coverage(assignments.size(), medical, need(), flagged());
    }

    public Long id() {
        return id;
    }

    public String line() {
        return line;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public StaffingNeed need() {
        return new StaffingNeed(minOperators, maxOperators, needsMedical);
    }

    public SlotOrigin origin() {
        return origin;
    }

    public Optional<String> flagReason() {
        return Optional.ofNullable(flagReason);
    }

    public List<ShiftAssignment> assignments() {
        return Collections.unmodifiableList(assignments);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ShiftSlot slot && id != null && id.equals(slot.id);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
