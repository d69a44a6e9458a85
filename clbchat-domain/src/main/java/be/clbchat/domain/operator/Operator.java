package be.clbchat.domain.operator;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.clb.ClbNetwork;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A chat operator: the alias visitors read (never the real name), whether they are online and available, and the
 * profile the coordination team plans shifts with. Tied to a staff login with the operator role.
 */
@Entity
@Table(name = "operator")
@NamedQuery(name = Operator.AVAILABLE, query = "SELECT o FROM Operator o WHERE o.available = TRUE AND o.online = TRUE")
@NamedQuery(name = Operator.GONE, query = "SELECT o FROM Operator o WHERE o.online = FALSE"
        + " AND o.offlineSince IS NOT NULL AND o.offlineSince < :before")
@NamedQuery(name = Operator.BY_ALIAS, query = "SELECT o FROM Operator o WHERE LOWER(o.alias) = LOWER(:alias)")
@NamedQuery(name = Operator.BY_CALENDAR, query = "SELECT o FROM Operator o WHERE o.calendarTokenHash = :hash")
@NamedQuery(name = Operator.ALL, query = "SELECT o FROM Operator o ORDER BY o.username")
public class Operator {

    public static final String AVAILABLE = "Operator.available";
    public static final String GONE = "Operator.gone";
    public static final String BY_ALIAS = "Operator.byAlias";
    public static final String BY_CALENDAR = "Operator.byCalendar";
    public static final String ALL = "Operator.all";
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

    @Column(name = "real_name", length = 120)
    private String realName;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline", length = 30)
    private Discipline discipline;

    @Column(name = "home_clb", length = 120)
    private String homeClb;

    @Enumerated(EnumType.STRING)
    @Column(name = "clb_network", length = 20)
    private ClbNetwork network;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "wished_shifts", nullable = false)
    private int wishedShifts;

    @Column(name = "trained_since")
    private LocalDate trainedSince;

    @Column(name = "calendar_token_hash", length = 64)
    private String calendarTokenHash;

    /** An "ondersteuner": sees the live board, and gets the support requests of colleagues in a chat. */
    @Column(name = "supporter", nullable = false)
    private boolean supporter;

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
            throw Refusal.invalid("invalid-field", "Een schuilnaam (alias) heeft " + MIN_ALIAS + " tot " + MAX_ALIAS
                    + " letters, cijfers of spaties.");
        }
        return trimmed;
    }

    public void useAlias(String newAlias) {
        this.alias = checkAlias(newAlias);
    }

    public void makeAvailable(boolean wanted) {
        if (wanted && alias == null) {
            throw Refusal.conflict("no-alias", "Kies eerst een schuilnaam: die zien de bezoekers.");
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

    /** Replaces the planning profile; the caller has checked {@link OperatorProfile#problems}. */
    public void describe(OperatorProfile profile) {
        Objects.requireNonNull(profile, "profile");
        realName = profile.realName();
        discipline = profile.discipline();
        homeClb = profile.homeClb();
        network = profile.network();
        active = profile.active();
        wishedShifts = profile.wishedShiftsPerMonth();
        trainedSince = profile.trainedSince();
    }

    public void markSupporter(boolean marked) {
        this.supporter = marked;
    }

    public boolean supporter() {
        return supporter;
    }

    public OperatorProfile profile() {
        return new OperatorProfile(realName, discipline, homeClb, network, active, wishedShifts, trainedSince);
    }

    /** A new private calendar address (its hash); the old one stops working. */
    public void useCalendarToken(String hash) {
        calendarTokenHash = Objects.requireNonNull(hash, "hash");
    }

    public void revokeCalendar() {
        calendarTokenHash = null;
    }

    public boolean hasCalendar() {
        return calendarTokenHash != null;
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
