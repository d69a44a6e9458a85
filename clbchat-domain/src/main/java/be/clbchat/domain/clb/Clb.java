package be.clbchat.domain.clb;

import be.clbchat.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A CLB (pupil guidance centre): one of the 61 centres, each with its own staff and its own chat-met-je-CLB boxes.
 * Its code is the slug in its public addresses ({@code /clb/{code}/...}) and never changes.
 */
@Entity
@Table(name = "clb")
@NamedQuery(name = Clb.ALL, query = "SELECT c FROM Clb c ORDER BY c.name")
public class Clb {

    public static final String ALL = "Clb.all";
    static final int MAX_NAME = 120;
    static final int MAX_MUNICIPALITY = 80;
    static final int MAX_CONTACT = 200;

    /** What a CLB says about itself; checked by {@link #check()}. */
    public record Details(String name, ClbNetwork network, String municipality, String contact, boolean active) {

        /** The same details, trimmed; a {@link Refusal} names every field that is wrong. */
        public Details check() {
            Map<String, String> wrong = new LinkedHashMap<>();
            String trimmedName = trim(name);
            if (trimmedName.isEmpty() || trimmedName.length() > MAX_NAME) {
                wrong.put("name", "Geef de naam van het CLB (1 tot " + MAX_NAME + " tekens).");
            }
            if (network == null) {
                wrong.put("network", "Kies het net: GO!, OVSG, POV of Vrij CLB Netwerk.");
            }
            String trimmedMunicipality = trim(municipality);
            if (trimmedMunicipality.isEmpty() || trimmedMunicipality.length() > MAX_MUNICIPALITY) {
                wrong.put("municipality", "Geef de gemeente (1 tot " + MAX_MUNICIPALITY + " tekens).");
            }
            String trimmedContact = trim(contact);
            if (trimmedContact.length() > MAX_CONTACT) {
                wrong.put("contact", "Het contactadres is hoogstens " + MAX_CONTACT + " tekens.");
            }
            if (!wrong.isEmpty()) {
                throw Refusal.invalid("invalid-clb", wrong);
            }
            return new Details(trimmedName, network, trimmedMunicipality, trimmedContact, active);
        }

        private static String trim(String text) {
            return text == null ? "" : text.strip();
        }
    }

    @Id
    @Column(name = "code", length = 60)
    private String code;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "network", nullable = false, length = 20)
    private ClbNetwork network;

    @Column(name = "municipality", nullable = false, length = MAX_MUNICIPALITY)
    private String municipality;

    @Column(name = "contact", nullable = false, length = MAX_CONTACT)
    private String contact;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Clb() {
        // for JPA
    }

    public Clb(Slug code, Details details, boolean demo, String by, Instant at) {
        this.code = Objects.requireNonNull(code, "code").value();
        this.demo = demo;
        change(details, by, at);
    }

    public void change(Details details, String by, Instant at) {
        Details checked = details.check();
        this.name = checked.name();
        this.network = checked.network();
        this.municipality = checked.municipality();
        this.contact = checked.contact();
        this.active = checked.active();
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ClbNetwork network() {
        return network;
    }

    public String municipality() {
        return municipality;
    }

    public String contact() {
        return contact;
    }

    public boolean active() {
        return active;
    }

    /** Seeded by the demo mode; shown as demo wherever it appears. */
    public boolean demo() {
        return demo;
    }

    public Details details() {
        return new Details(name, network, municipality, contact, active);
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Clb clb && code.equals(clb.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return "Clb[" + code + "]";
    }
}
