package be.clbchat.domain.schedule;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.operator.Operator;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One block on one day that operators sign up for. It guards its own limits (never more than the maximum, nobody
 * twice, nobody on a block the opening hours no longer cover, nobody on two blocks at once, nothing after the
 * cut-off): every way onto or off a block goes through {@link #assign}, {@link #withdraw} or {@link #unassign}.
 */
@Entity
@Table(name = "shift_slot")
@NamedQuery(name = ShiftBlock.BETWEEN, query = "SELECT DISTINCT s FROM ShiftBlock s LEFT JOIN FETCH s.assignments a"
        + " LEFT JOIN FETCH a.operator WHERE s.line = :line AND s.endsAt > :from AND s.startsAt < :to"
        + " ORDER BY s.startsAt, s.endsAt")
@NamedQuery(name = ShiftBlock.OF_OPERATOR, query = "SELECT a.block FROM ShiftAssignment a WHERE a.operator.username"
        + " = :username AND a.block.endsAt > :from AND a.block.startsAt < :to ORDER BY a.block.startsAt")
@NamedQuery(name = ShiftBlock.LAST, query = "SELECT MAX(s.startsAt) FROM ShiftBlock s WHERE s.line = :line")
public class ShiftBlock {

    public static final String BETWEEN = "ShiftBlock.between";
    public static final String OF_OPERATOR = "ShiftBlock.ofOperator";
    public static final String LAST = "ShiftBlock.last";

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
    private BlockOrigin origin;

    @Column(name = "flagged_since")
    private Instant flaggedSince;

    @Column(name = "flag_reason", length = 200)
    private String flagReason;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "block", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ShiftAssignment> assignments = new ArrayList<>();

    protected ShiftBlock() {
        // for JPA
    }

    public ShiftBlock(String line, Instant startsAt, Instant endsAt, StaffingNeed need, BlockOrigin origin, String by,
                     Instant at) {
        this.line = Objects.requireNonNull(line, "line");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.endsAt = Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw Refusal.invalid("ends-before-start", "Een blok eindigt na het begin.");
        }
        changeNeed(need);
        this.origin = Objects.requireNonNull(origin, "origin");
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Puts an operator on the block, by every route (a sign-up, a coordinator, a suggestion taken over): the one
     * place its rules are checked. Refused when it is too late for that route (an operator only until the cut-off,
     * a coordinator until the block is over, a suggestion until it starts), when the operator is on another block at
     * the same time (overlapping hand-overs count), inactive or already on it, or when the block is flagged or full.
     *
     * @param operatorsBlocks the blocks the operator is on around this one (this one may be among them)
     */
    public ShiftAssignment assign(Operator operator, AssignmentSource source, String by, Instant now, Duration cutoff,
                                  Collection<ShiftBlock> operatorsBlocks) {
        switch (source) {
            case SIGN_UP -> checkBeforeCutoff(now, cutoff);
            case COORDINATOR -> checkNotOver(now);
            case SUGGESTION -> {
                if (!now.isBefore(startsAt)) {
                    throw Refusal.conflict("block-started", "Dit blok is al begonnen.");
                }
            }
        }
        for (ShiftBlock other : operatorsBlocks) {
            if (!other.equals(this) && other.overlaps(startsAt, endsAt)) {
                throw Refusal.conflict("overlapping-shift", "Deze operator staat op dat moment al op een ander blok.");
            }
        }
        checkNotFlagged();
        if (!operator.profile().active()) {
            throw Refusal.conflict("operator-inactive", "Deze operator neemt op dit moment geen shifts op.");
        }
        if (assignmentOf(operator.username()).isPresent()) {
            throw Refusal.conflict("already-on-block", "Deze operator staat al op dit blok.");
        }
        checkNotFull();
        ShiftAssignment assignment = new ShiftAssignment(this, operator, source, by, now);
        assignments.add(assignment);
        return assignment;
    }

    /** An operator taking themselves off the block: only until the cut-off. */
    public void withdraw(String username, Instant now, Duration cutoff) {
        if (assignmentOf(username).isEmpty()) {
            throw Refusal.conflict("not-on-block", "Je staat niet op dit blok.");
        }
        checkBeforeCutoff(now, cutoff);
        unassign(username);
    }

    /** A coordinator taking an operator off the block, at any time. */
    public void unassign(String username) {
        ShiftAssignment assignment = assignmentOf(username).orElseThrow(() -> Refusal.conflict("not-on-block",
                "Deze operator staat niet op dit blok."));
        assignments.remove(assignment);
    }

    /**
     * What the block's own rules say to {@code username} signing up (or, when on it, withdrawing) themselves now:
     * empty when they may, else the refusal {@link #assign} or {@link #withdraw} would give — so that a page offers a
     * button only when it would work, and says why when not. (Their other blocks are not looked at.)
     */
    public Optional<Refusal> selfServiceRefusal(String username, Instant now, Duration cutoff) {
        try {
            checkBeforeCutoff(now, cutoff);
            if (assignmentOf(username).isEmpty()) {
                checkNotFlagged();
                checkNotFull();
            }
            return Optional.empty();
        } catch (Refusal refusal) {
            return Optional.of(refusal);
        }
    }

    /** Operators sign up or withdraw themselves only until {@code cutoff} before the start; a coordinator later. */
    private void checkBeforeCutoff(Instant now, Duration cutoff) {
        checkNotOver(now);
        if (!now.isBefore(startsAt.minus(cutoff))) {
            long hours = cutoff.toHours();
            throw Refusal.conflict("after-cutoff", "Inschrijven of uitschrijven kan tot " + hours
                    + " uur voor het begin van een blok. Neem contact op met de coördinatie.");
        }
    }

    private void checkNotFlagged() {
        if (flagged()) {
            throw Refusal.conflict("block-flagged", "Dit blok valt niet meer binnen de openingsuren.");
        }
    }

    private void checkNotFull() {
        if (assignments.size() >= maxOperators) {
            throw Refusal.conflict("block-full", "Dit blok is volzet (" + maxOperators
                    + (maxOperators == 1 ? " operator)." : " operatoren)."));
        }
    }

    private void checkNotOver(Instant now) {
        if (!now.isBefore(endsAt)) {
            throw Refusal.conflict("block-over", "Dit blok is al voorbij.");
        }
    }

    public Optional<ShiftAssignment> assignmentOf(String username) {
        return assignments.stream().filter(a -> a.username().equals(username)).findFirst();
    }

    /** A new minimum/maximum; refused when more operators are on it than the new maximum. */
    public final void changeNeed(StaffingNeed need) {
        Objects.requireNonNull(need, "need");
        if (assignments != null && assignments.size() > need.max()) {
            throw Refusal.conflict("above-new-maximum", "Er staan al " + assignments.size()
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

    public BlockOrigin origin() {
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
        return this == other || other instanceof ShiftBlock block && id != null && id.equals(block.id);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
