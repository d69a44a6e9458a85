package be.clbchat.domain.registration;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.Coded;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the operator registers about one chat: who it was with, its themes and outcomes, whether it seemed a fake
 * call, and a note that never reaches a visitor. A record of its own, apart from the transcript, so that it outlives
 * it; the annual report's themes, outcomes and fake-call share come from it.
 */
@Entity
@Table(name = "chat_registration")
@jakarta.persistence.IdClass(Registration.Key.class)
public class Registration {

    /** A chat and its part (1 for a chat never handed over): each operator registers their own part. */
    public static class Key implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private String chatId;
        private int part;

        public Key() {
            // for JPA
        }

        public Key(String chatId, int part) {
            this.chatId = chatId;
            this.part = part;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.part == part && Objects.equals(key.chatId, chatId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(chatId, part);
        }
    }

    /** How long the operator may still correct their own registration; coordinators always may. */
    public static final Duration CORRECTION_WINDOW = Duration.ofDays(7);
    public static final int MAX_NOTE = 2000;

    /** What the form sends; {@link #check} says what is wrong, field by field. */
    public record Draft(ClientType clientType, Set<String> themes, Set<Outcome> outcomes, boolean suspectedFake,
                        String note) {

        public Draft {
            themes = themes == null ? Set.of() : Set.copyOf(themes);
            outcomes = outcomes == null || outcomes.isEmpty() ? Set.of() : Set.copyOf(outcomes);
        }

        /**
         * The draft trimmed; refused when a part is missing, a theme unknown, or retired and not already in
         * {@code stored} (a registration from before a theme was retired can still be corrected).
         */
        public Draft check(Map<String, Theme> known, Set<String> stored) {
            Map<String, String> wrong = new LinkedHashMap<>();
            if (clientType == null) {
                wrong.put("clientType", "Kies met wie je chatte: " + Coded.codes(ClientType.class) + ".");
            }
            if (themes.isEmpty()) {
                wrong.put("themes", "Kies minstens één thema.");
            }
            for (String code : new TreeSet<>(themes)) {
                Theme theme = known.get(code);
                if (theme == null) {
                    wrong.put("themes", "Onbekend thema: " + code + ".");
                } else if (!theme.active() && !stored.contains(code)) {
                    wrong.put("themes", "Het thema \"" + theme.name() + "\" wordt niet meer gebruikt.");
                }
            }
            if (outcomes.isEmpty()) {
                wrong.put("outcomes", "Kies minstens één uitkomst.");
            }
            String trimmed = note == null ? "" : note.strip();
            if (trimmed.length() > MAX_NOTE) {
                wrong.put("note", "De notitie is hoogstens " + MAX_NOTE + " tekens.");
            }
            if (!wrong.isEmpty()) {
                throw Refusal.invalid("invalid-registration", wrong);
            }
            return new Draft(clientType, themes, outcomes, suspectedFake, trimmed);
        }

        /** One line for the history of changes. */
        public String summary() {
            return clientType.code() + "; thema's " + String.join(", ", new TreeSet<>(themes)) + "; uitkomsten "
                    + outcomes.stream().map(Outcome::code).sorted().collect(Collectors.joining(", "))
                    + (suspectedFake ? "; vermoedelijke nepoproep" : "") + (note.isEmpty() ? "" : "; met notitie");
        }
    }

    @Id
    @Column(name = "chat_id", length = 36)
    private String chatId;

    @Id
    @Column(name = "part")
    private int part;

    @Column(name = "line_code", nullable = false, length = 40)
    private String lineCode;

    @Column(name = "operator_username", nullable = false, length = 64)
    private String operator;

    @Enumerated(EnumType.STRING)
    @Column(name = "client_type", nullable = false, length = 10)
    private ClientType clientType;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "chat_registration_theme", joinColumns = {@JoinColumn(name = "chat_id",
            referencedColumnName = "chat_id"), @JoinColumn(name = "part", referencedColumnName = "part")})
    @Column(name = "theme_code", length = 60)
    private Set<String> themes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "chat_registration_outcome", joinColumns = {@JoinColumn(name = "chat_id",
            referencedColumnName = "chat_id"), @JoinColumn(name = "part", referencedColumnName = "part")})
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 30)
    private Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);

    @Column(name = "suspected_fake", nullable = false)
    private boolean suspectedFake;

    @Column(name = "note", nullable = false, length = MAX_NOTE)
    private String note;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Registration() {
        // for JPA
    }

    /** The first registration of the chat {@code operator} held, made by them or a coordinator ({@code by}). */
    public Registration(String chatId, String lineCode, String operator, Draft checked, String by, Instant at) {
        this(chatId, 1, lineCode, operator, checked, by, at);
    }

    /** The first registration of part {@code part} of a chat, the part {@code operator} held on {@code lineCode}. */
    public Registration(String chatId, int part, String lineCode, String operator, Draft checked, String by,
                        Instant at) {
        if (part < 1) {
            throw new IllegalArgumentException("Parts are numbered from 1: " + part);
        }
        this.part = part;
        this.chatId = Objects.requireNonNull(chatId, "chatId");
        this.lineCode = Objects.requireNonNull(lineCode, "lineCode");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.registeredAt = Objects.requireNonNull(at, "at");
        apply(checked, by, at);
    }

    /**
     * Whether {@code who} may change this registration at {@code now}: its own operator within
     * {@link #CORRECTION_WINDOW} of registering it, a coordinator ({@code coordinator}) always.
     */
    public boolean mayBeChangedBy(String who, boolean coordinator, Instant now) {
        return coordinator || operator.equals(who) && now.isBefore(registeredAt.plus(CORRECTION_WINDOW));
    }

    public void change(Draft checked, String by, Instant at) {
        apply(checked, by, at);
    }

    private void apply(Draft checked, String by, Instant at) {
        this.clientType = checked.clientType();
        this.themes.clear();
        this.themes.addAll(checked.themes());
        this.outcomes.clear();
        this.outcomes.addAll(checked.outcomes());
        this.suspectedFake = checked.suspectedFake();
        this.note = checked.note();
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public Draft draft() {
        return new Draft(clientType, themes, outcomes, suspectedFake, note);
    }

    public String chatId() {
        return chatId;
    }

    /** Which part of the chat this registers (1 unless the chat was handed over). */
    public int part() {
        return part;
    }

    public String lineCode() {
        return lineCode;
    }

    public String operator() {
        return operator;
    }

    public Set<String> themes() {
        return Set.copyOf(themes);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
