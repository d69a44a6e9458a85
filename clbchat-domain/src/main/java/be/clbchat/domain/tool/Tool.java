package be.clbchat.domain.tool;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A screened online tool of the catalogue. Archived rather than deleted: it leaves the public pages but its history
 * stays. Every change records who made it and when.
 */
@Entity
@Table(name = "tool")
@NamedQuery(name = Tool.ALL, query = "SELECT t FROM Tool t ORDER BY t.name")
@NamedQuery(name = Tool.BY_NAME, query = "SELECT t FROM Tool t WHERE LOWER(t.name) = LOWER(:name)")
public class Tool {

    public static final String ALL = "Tool.all";
    public static final String BY_NAME = "Tool.byName";

    public enum Status { ACTIVE, ARCHIVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = ToolDetails.MAX_NAME)
    private String name;

    @Column(name = "url", length = ToolDetails.MAX_URL)
    private String url;

    @Column(name = "description", length = ToolDetails.MAX_DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 15)
    private ToolKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tool_domain", joinColumns = @JoinColumn(name = "tool_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "domain", length = 3)
    private Set<ClbDomain> domains = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tool_level", joinColumns = @JoinColumn(name = "tool_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 3)
    private Set<EducationLevel> levels = new HashSet<>();

    @Column(name = "age_min")
    private Integer ageMin;

    @Column(name = "age_max")
    private Integer ageMax;

    @Column(name = "organisation", length = ToolDetails.MAX_ORGANISATION)
    private String organisation;

    @Column(name = "cost_free")
    private Boolean costFree;

    @Column(name = "cost_note", length = ToolDetails.MAX_COST_NOTE)
    private String costNote;

    @Column(name = "evidence_note", length = ToolDetails.MAX_EVIDENCE)
    private String evidenceNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status = Status.ACTIVE;

    @Column(name = "in_the_picture", nullable = false)
    private boolean inThePicture;

    @Enumerated(EnumType.STRING)
    @Column(name = "broad_verdict", length = 10)
    private Verdict broadVerdict;
    @Column(name = "broad_note", length = Assessment.MAX_NOTE)
    private String broadNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "levels_verdict", length = 10)
    private Verdict levelsVerdict;
    @Column(name = "levels_note", length = Assessment.MAX_NOTE)
    private String levelsNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "stable_verdict", length = 10)
    private Verdict stableVerdict;
    @Column(name = "stable_note", length = Assessment.MAX_NOTE)
    private String stableNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "affordable_verdict", length = 10)
    private Verdict affordableVerdict;
    @Column(name = "affordable_note", length = Assessment.MAX_NOTE)
    private String affordableNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_verdict", length = 10)
    private Verdict evidenceVerdict;
    @Column(name = "evidence_crit_note", length = Assessment.MAX_NOTE)
    private String evidenceCriterionNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "added_value_verdict", length = 10)
    private Verdict addedValueVerdict;
    @Column(name = "added_value_note", length = Assessment.MAX_NOTE)
    private String addedValueNote;

    @Column(name = "screened_by", length = 120)
    private String screenedBy;

    @Column(name = "screened_on")
    private LocalDate screenedOn;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Tool() {
        // for JPA
    }

    /** A new tool; the details must have no {@link ToolDetails#problems()}. */
    public Tool(ToolDetails details, String who, Instant now) {
        change(details, who, now);
    }

    public final void change(ToolDetails details, String who, Instant now) {
        if (!details.problems().isEmpty()) {
            throw new IllegalArgumentException("A tool with problems cannot be saved: " + details.problems());
        }
        this.name = details.name();
        this.url = details.url();
        this.description = details.description();
        this.kind = details.kind();
        this.domains = new HashSet<>(details.domains());
        this.levels = new HashSet<>(details.levels());
        this.ageMin = details.ageMin();
        this.ageMax = details.ageMax();
        this.organisation = details.organisation();
        this.costFree = details.costFree();
        this.costNote = details.costNote();
        this.evidenceNote = details.evidenceNote();
        this.inThePicture = details.inThePicture();
        Map<Criterion, Assessment> screening = details.screening();
        broadVerdict = screening.get(Criterion.BROAD).verdict();
        broadNote = screening.get(Criterion.BROAD).note();
        levelsVerdict = screening.get(Criterion.LEVELS).verdict();
        levelsNote = screening.get(Criterion.LEVELS).note();
        stableVerdict = screening.get(Criterion.STABLE).verdict();
        stableNote = screening.get(Criterion.STABLE).note();
        affordableVerdict = screening.get(Criterion.AFFORDABLE).verdict();
        affordableNote = screening.get(Criterion.AFFORDABLE).note();
        evidenceVerdict = screening.get(Criterion.EVIDENCE).verdict();
        evidenceCriterionNote = screening.get(Criterion.EVIDENCE).note();
        addedValueVerdict = screening.get(Criterion.ADDED_VALUE).verdict();
        addedValueNote = screening.get(Criterion.ADDED_VALUE).note();
        this.screenedBy = details.screenedBy();
        this.screenedOn = details.screenedOn();
        touch(who, now);
    }

    public void archive(String who, Instant now) {
        status = Status.ARCHIVED;
        touch(who, now);
    }

    public void restore(String who, Instant now) {
        status = Status.ACTIVE;
        touch(who, now);
    }

    private void touch(String who, Instant now) {
        this.changedBy = Objects.requireNonNull(who, "who");
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    /** What an admin edits, as it is now (the seeded tools may lack what the form requires). */
    public ToolDetails details() {
        return new ToolDetails(name, url, description, kind, domains, levels, ageMin, ageMax, organisation, costFree,
                costNote, evidenceNote, inThePicture, screening(), screenedBy, screenedOn);
    }

    public Map<Criterion, Assessment> screening() {
        Map<Criterion, Assessment> screening = new EnumMap<>(Criterion.class);
        screening.put(Criterion.BROAD, new Assessment(broadVerdict, broadNote));
        screening.put(Criterion.LEVELS, new Assessment(levelsVerdict, levelsNote));
        screening.put(Criterion.STABLE, new Assessment(stableVerdict, stableNote));
        screening.put(Criterion.AFFORDABLE, new Assessment(affordableVerdict, affordableNote));
        screening.put(Criterion.EVIDENCE, new Assessment(evidenceVerdict, evidenceCriterionNote));
        screening.put(Criterion.ADDED_VALUE, new Assessment(addedValueVerdict, addedValueNote));
        return screening;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** What the catalogue still lacks about this tool, as a coordinator reads it ("webadres", "beschrijving", …). */
    public java.util.List<String> missing() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (url().isEmpty()) {
            missing.add("webadres");
        }
        if (description().isEmpty()) {
            missing.add("beschrijving");
        }
        if (screenedOn().isEmpty()) {
            missing.add("screening");
        }
        return missing;
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public ToolKind kind() {
        return kind;
    }

    public Set<ClbDomain> domains() {
        return domains.isEmpty() ? EnumSet.noneOf(ClbDomain.class) : EnumSet.copyOf(domains);
    }

    public Set<EducationLevel> levels() {
        return levels.isEmpty() ? EnumSet.noneOf(EducationLevel.class) : EnumSet.copyOf(levels);
    }

    public Optional<Integer> ageMin() {
        return Optional.ofNullable(ageMin);
    }

    public Optional<Integer> ageMax() {
        return Optional.ofNullable(ageMax);
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(organisation);
    }

    public Optional<Boolean> costFree() {
        return Optional.ofNullable(costFree);
    }

    public Optional<String> costNote() {
        return Optional.ofNullable(costNote);
    }

    public Optional<String> evidenceNote() {
        return Optional.ofNullable(evidenceNote);
    }

    public Status status() {
        return status;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public boolean inThePicture() {
        return inThePicture;
    }

    public Optional<String> screenedBy() {
        return Optional.ofNullable(screenedBy);
    }

    public Optional<LocalDate> screenedOn() {
        return Optional.ofNullable(screenedOn);
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public int version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Tool tool && id != null && id.equals(tool.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
