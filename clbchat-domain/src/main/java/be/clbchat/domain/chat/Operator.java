package be.clbchat.domain.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A chat operator as the chat sees them: the alias visitors read (never the real name) and whether they are online
 * and available. Tied to a staff login with the operator role.
 */
@Entity
@Table(name = "operator")
@NamedQuery(name = Operator.AVAILABLE, query = "SELECT o FROM Operator o WHERE o.available = TRUE AND o.online = TRUE")
@NamedQuery(name = Operator.GONE, query = "SELECT o FROM Operator o WHERE o.online = FALSE"
        + " AND o.offlineSince IS NOT NULL AND o.offlineSince < :before")
@NamedQuery(name = Operator.BY_ALIAS, query = "SELECT o FROM Operator o WHERE LOWER(o.alias) = LOWER(:alias)")
public class Operator {

    public static final String AVAILABLE = "Operator.available";
    public static final String GONE = "Operator.gone";
    public static final String BY_ALIAS = "Operator.byAlias";
    public static final int MIN_ALIAS = 2;
    public static final int MAX_ALIAS = 30;
    /** Letters (any script), digits, spaces, '-', '.', '_' and an apostrophe: an alias reads like a first name. */
    private static final Pattern ALIAS = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '._-]*");

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "alias", length = MAX_ALIAS)
    private String alias;

    @Column(name = "available", nullable = false)
    private boolean available;

    @Column(name = "online", nullable = false)
    private boolean online;

    @Column(name = "offline_since")
    private Instant offlineSince;

    protected Operator() {
        // for JPA
    }

    public Operator(String username) {
        this.username = Objects.requireNonNull(username, "username");
    }

    /** The alias as it will be stored, or a refusal saying what is wrong with it. */
    public static String checkAlias(String alias) {
        String trimmed = alias == null ? "" : alias.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < MIN_ALIAS || length > MAX_ALIAS || !ALIAS.matcher(trimmed).matches()) {
            throw new ChatRefusal("invalid-field", "Een schuilnaam (alias) heeft " + MIN_ALIAS + " tot " + MAX_ALIAS
                    + " letters, cijfers of spaties.");
        }
        return trimmed;
    }

    public void useAlias(String newAlias) {
        this.alias = checkAlias(newAlias);
    }

    public void makeAvailable(boolean wanted) {
        if (wanted && alias == null) {
            throw new ChatRefusal("no-alias", "Kies eerst een schuilnaam: die zien de bezoekers.");
        }
        this.available = wanted;
    }

    public void cameOnline() {
        online = true;
        offlineSince = null;
    }

    public void wentOffline(Instant now) {
        if (online || offlineSince == null) {
            offlineSince = Objects.requireNonNull(now, "now");
        }
        online = false;
    }

    /**
     * Gone longer than the grace period and dealt with (chats given back): no longer available, and not looked at
     * again until the next time they go offline.
     */
    public void absenceSettled() {
        if (online) {
            throw new IllegalStateException("An operator who is online is not absent: " + username);
        }
        available = false;
        offlineSince = null;
    }

    public String username() {
        return username;
    }

    public Optional<String> alias() {
        return Optional.ofNullable(alias);
    }

    public boolean available() {
        return available;
    }

    public boolean online() {
        return online;
    }

    public Optional<Instant> offlineSince() {
        return Optional.ofNullable(offlineSince);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Operator operator && username.equals(operator.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
