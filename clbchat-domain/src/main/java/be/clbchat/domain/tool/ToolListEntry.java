package be.clbchat.domain.tool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A tool's place on a favourites list (1 = first). */
@Entity
@Table(name = "tool_list_entry")
@IdClass(ToolListEntry.Key.class)
@NamedQuery(name = ToolListEntry.ALL, query = "SELECT e FROM ToolListEntry e ORDER BY e.list, e.position")
@NamedQuery(name = ToolListEntry.OF_LIST,
        query = "SELECT e FROM ToolListEntry e WHERE e.list = :list ORDER BY e.position")
public class ToolListEntry {

    public static final String ALL = "ToolListEntry.all";
    public static final String OF_LIST = "ToolListEntry.ofList";

    /** The primary key: list and tool. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private FavouritesList list;
        private long toolId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && list == key.list && toolId == key.toolId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(list, toolId);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "list_code", length = 10)
    private FavouritesList list;

    @Id
    @Column(name = "tool_id")
    private long toolId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "placed_by", nullable = false, length = 64)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    protected ToolListEntry() {
        // for JPA
    }

    public ToolListEntry(FavouritesList list, long toolId, int position, String who, Instant now) {
        this.list = Objects.requireNonNull(list, "list");
        this.toolId = toolId;
        moveTo(position, who, now);
    }

    /** A new place on the list; who moved it and when is kept (only when it really moved). */
    public void moveTo(int newPosition, String who, Instant now) {
        if (newPosition < 1) {
            throw new IllegalArgumentException("Positions start at 1: " + newPosition);
        }
        if (newPosition != position) {
            this.position = newPosition;
            this.placedBy = Objects.requireNonNull(who, "who");
            this.placedAt = Objects.requireNonNull(now, "now");
        }
    }

    public String placedBy() {
        return placedBy;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public FavouritesList list() {
        return list;
    }

    public long toolId() {
        return toolId;
    }

    public int position() {
        return position;
    }
}
