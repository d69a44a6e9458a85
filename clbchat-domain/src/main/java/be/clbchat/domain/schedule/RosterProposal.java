package be.clbchat.domain.schedule;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A suggested roster for a period: placements a coordinator takes over in part or whole, and the rules it left unmet. */
@Entity
@Table(name = "roster_proposal")
public class RosterProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_code", nullable = false, length = 40)
    private String line;

    @Column(name = "period_from", nullable = false)
    private LocalDate from;

    @Column(name = "period_to", nullable = false)
    private LocalDate to;

    @Column(name = "score", nullable = false, length = 80)
    private String score;

    @Column(name = "solve_millis", nullable = false)
    private int solveMillis;

    /** One unmet rule per line. */
    @Column(name = "unmet", nullable = false)
    private String unmet;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("blockId, username")
    private List<ProposalItem> items = new ArrayList<>();

    protected RosterProposal() {
        // for JPA
    }

    public RosterProposal(String line, LocalDate from, LocalDate to, String score, long solveMillis,
                          List<String> unmet, String by, Instant at) {
        this.line = Objects.requireNonNull(line, "line");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.score = Objects.requireNonNull(score, "score");
        this.solveMillis = (int) Math.min(Integer.MAX_VALUE, solveMillis);
        this.unmet = String.join("\n", unmet);
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    public void propose(long blockId, String username) {
        items.add(new ProposalItem(this, blockId, username));
    }

    public Long id() {
        return id;
    }

    public String line() {
        return line;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public String score() {
        return score;
    }

    public int solveMillis() {
        return solveMillis;
    }

    public List<String> unmet() {
        return unmet.isEmpty() ? List.of() : List.of(unmet.split("\n"));
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<ProposalItem> items() {
        return Collections.unmodifiableList(items);
    }
}
