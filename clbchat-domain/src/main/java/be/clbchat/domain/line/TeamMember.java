package be.clbchat.domain.line;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One person in a line's team: only team members see a line's queue and take its chats. An explicit membership, not
 * a role, so one person can answer CLBch@t and their own CLB's box.
 */
@Entity
@Table(name = "line_team_member")
@IdClass(TeamMember.Key.class)
@NamedQuery(name = TeamMember.OF_LINE,
        query = "SELECT m FROM TeamMember m WHERE m.lineCode = :line ORDER BY m.username")
@NamedQuery(name = TeamMember.OF_USERS,
        query = "SELECT m FROM TeamMember m WHERE m.username IN :users")
public class TeamMember {

    public static final String OF_LINE = "TeamMember.ofLine";
    public static final String OF_USERS = "TeamMember.ofUsers";

    /** The composite key. */
    public static class Key implements Serializable {
        private String lineCode;
        private String username;

        public Key() {
        }

        public Key(String lineCode, String username) {
            this.lineCode = lineCode;
            this.username = username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(lineCode, key.lineCode)
                    && Objects.equals(username, key.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lineCode, username);
        }
    }

    @Id
    @Column(name = "line_code", length = 40)
    private String lineCode;

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected TeamMember() {
        // for JPA
    }

    public TeamMember(String lineCode, String username, String addedBy, Instant addedAt) {
        this.lineCode = Objects.requireNonNull(lineCode, "lineCode");
        this.username = Objects.requireNonNull(username, "username");
        this.addedBy = Objects.requireNonNull(addedBy, "addedBy");
        this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
    }

    public String lineCode() {
        return lineCode;
    }

    public String username() {
        return username;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
