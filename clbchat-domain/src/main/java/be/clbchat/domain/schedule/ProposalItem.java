package be.clbchat.domain.schedule;

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
import java.util.Objects;

/** One operator on one block as a proposal suggests it, and what the coordinator did with it. */
@Entity
@Table(name = "roster_proposal_item")
@IdClass(ProposalItem.Key.class)
public class ProposalItem {

    public enum Outcome { PROPOSED, ACCEPTED, REFUSED }

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "proposal_id")
    private RosterProposal proposal;

    @Id
    @Column(name = "slot_id")
    private long blockId;

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10)
    private Outcome outcome = Outcome.PROPOSED;

    protected ProposalItem() {
        // for JPA
    }

    ProposalItem(RosterProposal proposal, long blockId, String username) {
        this.proposal = Objects.requireNonNull(proposal, "proposal");
        this.blockId = blockId;
        this.username = Objects.requireNonNull(username, "username");
    }

    public void accepted() {
        outcome = Outcome.ACCEPTED;
    }

    /** The schedule changed since the proposal: this placement no longer fits. */
    public void refused() {
        outcome = Outcome.REFUSED;
    }

    public long blockId() {
        return blockId;
    }

    public String username() {
        return username;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** "blockId:username", how pages and requests name an item. */
    public String key() {
        return blockId + ":" + username;
    }

    /** The composite key: proposal, block, operator. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long proposal;
        private long blockId;
        private String username;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(proposal, key.proposal) && blockId == key.blockId
                    && Objects.equals(username, key.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(proposal, blockId, username);
        }
    }
}
