package be.clbchat.admin.tool;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.tool.ToolCatalogueService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.tool.Assessment;
import be.clbchat.domain.tool.CatalogueEntry;
import be.clbchat.domain.tool.ClbDomain;
import be.clbchat.domain.tool.Criterion;
import be.clbchat.domain.tool.EducationLevel;
import be.clbchat.domain.tool.FavouritesList;
import be.clbchat.domain.tool.Tool;
import be.clbchat.domain.tool.ToolDetails;
import be.clbchat.domain.tool.ToolKind;
import be.clbchat.domain.tool.Verdict;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Creates or edits one tool with its screening (/hulpmiddelen/bewerk.xhtml, ?id= to edit). Nothing is saved while
 * anything is wrong; what is wrong is said at the field. A saved change is on the public pages at once.
 */
@Named
@ViewScoped
public class ToolEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "tool-form:";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.forLanguageTag("nl-BE")).withZone(ZoneId.of("Europe/Brussels"));

    /** One screening criterion as the form edits it. */
    public static final class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Criterion criterion;
        private Verdict verdict;
        private String note;

        CriterionRow(Criterion criterion, Assessment assessment) {
            this.criterion = criterion;
            this.verdict = assessment.verdict();
            this.note = assessment.note();
        }

        public String getCode() {
            return criterion.name().toLowerCase(Locale.ROOT);
        }

        public String getLabel() {
            return criterion.label();
        }

        public Verdict getVerdict() {
            return verdict;
        }

        public void setVerdict(Verdict verdict) {
            this.verdict = verdict;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    @Inject
    private ToolCatalogueService catalogue;

    @Inject
    private SecurityContext security;

    private Long id;
    private int version;
    private String name;
    private String url;
    private String description;
    private ToolKind kind;
    private ClbDomain[] domains = {};
    private EducationLevel[] levels = {};
    private Integer ageMin;
    private Integer ageMax;
    private String organisation;
    private String cost = "";
    private String costNote;
    private String evidenceNote;
    private boolean inThePicture;
    private FavouritesList[] lists = {};
    private List<CriterionRow> screening = new ArrayList<>();
    private String screenedBy;
    private LocalDate screenedOn;
    private String lastChange;
    private boolean archived;

    /** f:viewAction: fills the form from the stored tool, or empty for a new one. */
    public void load() {
        screening = new ArrayList<>();
        if (id == null) {
            Arrays.stream(Criterion.values()).forEach(c -> screening.add(new CriterionRow(c, Assessment.NONE)));
            return;
        }
        CatalogueEntry entry;
        try {
            entry = catalogue.entry(id);
        } catch (Refusal unknown) {
            Messages.refused(unknown, null);
            id = null;
            return;
        }
        Tool tool = entry.tool();
        ToolDetails details = tool.details();
        version = tool.version();
        name = details.name();
        url = details.url();
        description = details.description();
        kind = details.kind();
        domains = sortedDomains(details.domains()).toArray(ClbDomain[]::new);
        levels = sortedLevels(details.levels()).toArray(EducationLevel[]::new);
        ageMin = details.ageMin();
        ageMax = details.ageMax();
        organisation = details.organisation();
        cost = details.costFree() == null ? "" : details.costFree() ? "free" : "paid";
        costNote = details.costNote();
        evidenceNote = details.evidenceNote();
        inThePicture = details.inThePicture();
        lists = Arrays.stream(FavouritesList.values()).filter(entry::on).toArray(FavouritesList[]::new);
        Arrays.stream(Criterion.values()).forEach(c -> screening.add(new CriterionRow(c, details.screening().get(c))));
        screenedBy = details.screenedBy();
        screenedOn = details.screenedOn();
        lastChange = MOMENT.format(tool.changedAt()) + " door " + tool.changedBy();
        archived = !tool.active();
    }

    public void save() {
        Map<Criterion, Assessment> assessments = new EnumMap<>(Criterion.class);
        for (CriterionRow row : screening) {
            assessments.put(row.criterion, new Assessment(row.verdict, row.note));
        }
        ToolDetails details = new ToolDetails(name, url, description, kind, setOf(domains), setOf(levels), ageMin, ageMax,
                organisation, cost.isEmpty() ? null : "free".equals(cost), costNote, evidenceNote, inThePicture,
                assessments, screenedBy, screenedOn);
        Set<FavouritesList> onLists = setOf(lists);
        String who = security.getCallerPrincipal().getName();
        try {
            CatalogueEntry saved = id == null ? catalogue.create(details, onLists, who)
                    : catalogue.update(id, version, details, onLists, who);
            id = saved.tool().id();
            load();
            Messages.info("Bewaard. Het hulpmiddel staat zo op de publieke pagina's"
                    + (archived ? " zodra het teruggezet is." : "."));
        } catch (Refusal refusal) {
            // A note of the screening table is named in the message itself; other problems are shown at their field.
            refusal.fields().forEach((field, message) -> Messages.error(field.startsWith("screening.") ? null
                    : FORM + field, field.startsWith("screening.") ? "Screening: " + message : message));
            if (refusal.fields().isEmpty()) {
                Messages.refused(refusal, null);
            }
        } catch (TransactionalException | PersistenceException raced) {
            // Someone saved this tool, or a tool with this name, at the same moment: their change stays.
            Messages.error(null, "Iemand anders heeft intussen bewaard (dit hulpmiddel of een met dezelfde naam). "
                    + "Open het hulpmiddel opnieuw en pas het dan aan.");
        }
    }

    private static <E> Set<E> setOf(E[] chosen) {
        return chosen == null ? Set.of() : Set.of(chosen);
    }

    private static List<ClbDomain> sortedDomains(Set<ClbDomain> domains) {
        return Arrays.stream(ClbDomain.values()).filter(domains::contains).toList();
    }

    private static List<EducationLevel> sortedLevels(Set<EducationLevel> levels) {
        return Arrays.stream(EducationLevel.values()).filter(levels::contains).toList();
    }

    public ClbDomain[] getAllDomains() {
        return ClbDomain.values();
    }

    public EducationLevel[] getAllLevels() {
        return EducationLevel.values();
    }

    public ToolKind[] getAllKinds() {
        return ToolKind.values();
    }

    public FavouritesList[] getAllLists() {
        return FavouritesList.values();
    }

    public Verdict[] getAllVerdicts() {
        return Verdict.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ToolKind getKind() {
        return kind;
    }

    public void setKind(ToolKind kind) {
        this.kind = kind;
    }

    public ClbDomain[] getDomains() {
        return domains;
    }

    public void setDomains(ClbDomain[] domains) {
        this.domains = domains;
    }

    public EducationLevel[] getLevels() {
        return levels;
    }

    public void setLevels(EducationLevel[] levels) {
        this.levels = levels;
    }

    public Integer getAgeMin() {
        return ageMin;
    }

    public void setAgeMin(Integer ageMin) {
        this.ageMin = ageMin;
    }

    public Integer getAgeMax() {
        return ageMax;
    }

    public void setAgeMax(Integer ageMax) {
        this.ageMax = ageMax;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getCost() {
        return cost;
    }

    public void setCost(String cost) {
        this.cost = cost == null ? "" : cost;
    }

    public String getCostNote() {
        return costNote;
    }

    public void setCostNote(String costNote) {
        this.costNote = costNote;
    }

    public String getEvidenceNote() {
        return evidenceNote;
    }

    public void setEvidenceNote(String evidenceNote) {
        this.evidenceNote = evidenceNote;
    }

    public boolean isInThePicture() {
        return inThePicture;
    }

    public void setInThePicture(boolean inThePicture) {
        this.inThePicture = inThePicture;
    }

    public FavouritesList[] getLists() {
        return lists;
    }

    public void setLists(FavouritesList[] lists) {
        this.lists = lists;
    }

    public List<CriterionRow> getScreening() {
        return screening;
    }

    public String getScreenedBy() {
        return screenedBy;
    }

    public void setScreenedBy(String screenedBy) {
        this.screenedBy = screenedBy;
    }

    public LocalDate getScreenedOn() {
        return screenedOn;
    }

    public void setScreenedOn(LocalDate screenedOn) {
        this.screenedOn = screenedOn;
    }

    public String getLastChange() {
        return lastChange;
    }

    public boolean isArchived() {
        return archived;
    }
}
