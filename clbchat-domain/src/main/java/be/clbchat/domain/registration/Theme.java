package be.clbchat.domain.registration;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.tool.ClbDomain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A theme a conversation can be about, under one of the four CLB domains. Never deleted once it may be in use: a
 * retired theme stays in old registrations and statistics and is no longer offered.
 */
@Entity
@Table(name = "theme")
@NamedQuery(name = Theme.ALL, query = "SELECT t FROM Theme t ORDER BY t.domain, t.position, t.name")
public class Theme {

    public static final String ALL = "Theme.all";
    public static final int MAX_NAME = 120;

    @Id
    @Column(name = "code", length = 60)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "clb_domain", nullable = false, length = 3)
    private ClbDomain domain;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Theme() {
        // for JPA
    }

    public Theme(String code, ClbDomain domain, String name, int position, String by, Instant at) {
        this.code = Objects.requireNonNull(code, "code");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.name = checkedName(name);
        this.position = position;
        this.active = true;
        touch(by, at);
    }

    /** The name trimmed; a {@link Refusal} at the field {@code name} when it is empty or too long. */
    public static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw Refusal.invalid("invalid-theme", Map.of("name",
                    "Geef het thema een naam van 1 tot " + MAX_NAME + " tekens."));
        }
        return trimmed;
    }

    public void rename(String newName, String by, Instant at) {
        this.name = checkedName(newName);
        touch(by, at);
    }

    public void moveTo(int newPosition, String by, Instant at) {
        this.position = newPosition;
        touch(by, at);
    }

    public void retire(String by, Instant at) {
        this.active = false;
        touch(by, at);
    }

    public void restore(String by, Instant at) {
        this.active = true;
        touch(by, at);
    }

    private void touch(String by, Instant at) {
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public String code() {
        return code;
    }

    public ClbDomain domain() {
        return domain;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Theme theme && code.equals(theme.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return "Theme[" + code + "]";
    }
}
