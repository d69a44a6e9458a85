package be.clbchat.domain.line;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A chat line: one queue with its own opening schedule and team. CLBch@t itself is the line {@code clbchat};
 * each CLB's chat-met-je-CLB box becomes a line of its own, so nothing is wired to one line.
 */
@Entity
@Table(name = "line")
@NamedQuery(name = Line.ALL, query = "SELECT l FROM Line l ORDER BY l.code")
public class Line {

    public static final String ALL = "Line.all";
    /** CLBch@t's own line, the one the staff pages plan for until they get a line picker. */
    public static final String MAIN = "clbchat";
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    protected Line() {
        // for JPA
    }

    public Line(String code, String name, ZoneId timeZone) {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "A line code has 2 to 40 lower-case letters, digits or '-', starting with a letter or digit: "
                            + code);
        }
        this.code = code;
        this.name = Objects.requireNonNull(name, "name").strip();
        if (this.name.isEmpty()) {
            throw new IllegalArgumentException("A line needs a name");
        }
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone").getId();
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public void rename(String newName) {
        Objects.requireNonNull(newName, "newName");
        if (newName.isBlank()) {
            throw new IllegalArgumentException("A line needs a name");
        }
        this.name = newName.strip();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Line line && code.equals(line.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return "Line[" + code + "]";
    }
}
