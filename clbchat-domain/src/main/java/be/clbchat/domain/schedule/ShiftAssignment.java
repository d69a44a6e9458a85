package be.clbchat.domain.schedule;

import be.clbchat.domain.operator.Operator;
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

/** One operator on one block, and how they got there. Made and removed only through {@link ShiftBlock}. */
@Entity
@Table(name = "shift_assignment")
@IdClass(ShiftAssignment.Key.class)
public class ShiftAssignment {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "slot_id")
    private ShiftBlock block;

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

    ShiftAssignment(ShiftBlock block, Operator operator, AssignmentSource source, String by, Instant at) {
        this.block = Objects.requireNonNull(block, "block");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.source = Objects.requireNonNull(source, "source");
        this.assignedBy = Objects.requireNonNull(by, "by");
        this.assignedAt = Objects.requireNonNull(at, "at");
    }

    public ShiftBlock block() {
        return block;
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

        private Long block;
        private String operator;

        public Key() {
            // for JPA
        }

        public Key(Long block, String operator) {
            this.block = block;
            this.operator = operator;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(block, key.block) && Objects.equals(operator, key.operator);
        }

        @Override
        public int hashCode() {
            return Objects.hash(block, operator);
        }
    }
}
