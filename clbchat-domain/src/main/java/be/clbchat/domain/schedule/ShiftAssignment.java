package be.clbchat.domain.schedule;

import be.clbchat.domain.chat.Operator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One operator on one block, and how they got there. Made and removed only through {@link ShiftSlot}. */
@Entity
@Table(name = "shift_assignment")
@IdClass(ShiftAssignment.Key.class)
public class ShiftAssignment {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "slot_id")
    private ShiftSlot slot;

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "username")
    private Operator operator;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 12)
    private AssignmentSource source;

    @Column(name = "assigned_by", nullable = false, length = 64)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected ShiftAssignment() {
        // for JPA
    }

    ShiftAssignment(ShiftSlot slot, Operator operator, AssignmentSource source, String by, Instant at) {
        this.slot = Objects.requireNonNull(slot, "slot");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.source = Objects.requireNonNull(source, "source");
        this.assignedBy = Objects.requireNonNull(by, "by");
        this.assignedAt = Objects.requireNonNull(at, "at");
    }

    public ShiftSlot slot() {
        return slot;
    }

    public Operator operator() {
        return operator;
    }

    public String username() {
        return operator.username();
    }

    public AssignmentSource source() {
        return source;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    /** The composite key: the block and the operator. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long slot;
        private String operator;

        public Key() {
            // for JPA
        }

        public Key(Long slot, String operator) {
            this.slot = slot;
            this.operator = operator;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(slot, key.slot) && Objects.equals(operator, key.operator);
        }

        @Override
        public int hashCode() {
            return Objects.hash(slot, operator);
        }
    }
}
