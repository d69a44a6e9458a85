package be.clbchat.domain.statistics;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.opening.SchoolYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The totals of a school year before the platform, entered by hand from a source (an annual report), so that trend
 * charts reach back. Every one says where its numbers come from, and whether the source gave them only roughly.
 */
@Entity
@Table(name = "statistics_past_year")
@NamedQuery(name = PastYear.ALL, query = "SELECT p FROM PastYear p ORDER BY p.startYear")
public class PastYear {

    public static final String ALL = "PastYear.all";
    public static final int MAX_SOURCE = 500;
    static final long MAX_CHATS = 1_000_000;

    @Id
    @Column(name = "school_year")
    private int startYear;

    @Column(name = "chats", nullable = false)
    private long chats;

    @Column(name = "pupils")
    private Long pupils;

    @Column(name = "parents")
    private Long parents;

    /** Percent, e.g. 4.87. */
    @Column(name = "fake_call_percent", precision = 5, scale = 2)
    private BigDecimal fakeCallPercent;

    @Column(name = "approximate", nullable = false)
    private boolean approximate;

    @Column(name = "source", nullable = false, length = MAX_SOURCE)
    private String source;

    @Column(name = "entered_by", nullable = false, length = 64)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected PastYear() {
    }

    /** Checks every field; what is wrong is a refusal naming the fields. */
    public PastYear(SchoolYear year, long chats, Long pupils, Long parents, BigDecimal fakeCallPercent,
                    boolean approximate, String source, String enteredBy, Instant enteredAt) {
        this.startYear = year.startYear();
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
        change(chats, pupils, parents, fakeCallPercent, approximate, source, enteredBy, enteredAt);
    }

    public void change(long chats, Long pupils, Long parents, BigDecimal fakeCallPercent, boolean approximate,
                       String source, String by, Instant at) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (chats < 0 || chats > MAX_CHATS) {
            wrong.put("chats", "Geef het aantal chats (0 tot 1.000.000).");
        }
        if (pupils != null && (pupils < 0 || pupils > chats)) {
            wrong.put("pupils", "Het aantal leerlingen ligt tussen 0 en het aantal chats.");
        }
        if (parents != null && (parents < 0 || parents > chats)) {
            wrong.put("parents", "Het aantal ouders ligt tussen 0 en het aantal chats.");
        }
        if (pupils != null && parents != null && pupils + parents > chats && !wrong.containsKey("pupils")) {
            wrong.put("parents", "Leerlingen en ouders samen zijn meer dan het aantal chats.");
        }
        if (fakeCallPercent != null && (fakeCallPercent.signum() < 0
                || fakeCallPercent.compareTo(BigDecimal.valueOf(100)) > 0 || fakeCallPercent.scale() > 2)) {
            wrong.put("fakeCallPercent", "Het aandeel nepoproepen is een percentage van 0 tot 100, op 0,01 nauwkeurig.");
        }
        String note = source == null ? "" : source.strip();
        if (note.isEmpty()) {
            wrong.put("source", "Zeg waar de cijfers vandaan komen (bv. het jaarverslag).");
        } else if (note.length() > MAX_SOURCE) {
            wrong.put("source", "De bron is te lang (hoogstens " + MAX_SOURCE + " tekens).");
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalid("invalid-past-year", wrong);
        }
        this.chats = chats;
        this.pupils = pupils;
        this.parents = parents;
        this.fakeCallPercent = fakeCallPercent == null ? null : fakeCallPercent.setScale(2, RoundingMode.UNNECESSARY);
        this.approximate = approximate;
        this.source = note;
        this.enteredBy = by;
        this.enteredAt = at;
    }

    public SchoolYear year() {
        return new SchoolYear(startYear);
    }

    public long chats() {
        return chats;
    }

    public OptionalLong pupils() {
        return pupils == null ? OptionalLong.empty() : OptionalLong.of(pupils);
    }

    public OptionalLong parents() {
        return parents == null ? OptionalLong.empty() : OptionalLong.of(parents);
    }

    public Optional<BigDecimal> fakeCallPercent() {
        return Optional.ofNullable(fakeCallPercent);
    }

    public boolean approximate() {
        return approximate;
    }

    public String source() {
        return source;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }
}
