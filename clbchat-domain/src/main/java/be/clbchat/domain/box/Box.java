package be.clbchat.domain.box;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.Coded;
import be.clbchat.domain.chat.VisitorRole;
import be.clbchat.domain.clb.Slug;
import be.clbchat.domain.opening.OpeningException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A chat-met-je-CLB box: an occasional anonymous chat a CLB opens for one group (after an incident, an infectious
 * disease, an info evening). It is a line of its own on the same chat engine ({@link #lineCode()}), with its own team
 * (the line's team) and its own windows; the school calendar of CLBch@t does not apply to it.
 */
@Entity
@Table(name = "box")
@NamedQuery(name = Box.ALL, query = "SELECT b FROM Box b ORDER BY b.clbCode, b.title")
@NamedQuery(name = Box.OF_CLB, query = "SELECT b FROM Box b WHERE b.clbCode = :clb ORDER BY b.title")
@NamedQuery(name = Box.BY_SLUG, query = "SELECT b FROM Box b WHERE b.clbCode = :clb AND b.slug = :slug")
public class Box {

    public static final String ALL = "Box.all";
    public static final String OF_CLB = "Box.ofClb";
    public static final String BY_SLUG = "Box.bySlug";
    public static final int MAX_TITLE = 120;
    public static final int MAX_INTRO = 1000;

    /** What a CLB admin fills in; {@link #check} says what is wrong, field by field. */
    public record Draft(String title, String slug, BoxPurpose purpose, Set<VisitorRole> audience, String intro,
                        List<BoxWindow> windows) {

        public Draft {
            audience = audience == null ? Set.of() : Set.copyOf(audience);
            windows = windows == null ? List.of() : new ArrayList<>(windows);
        }

        /** The draft trimmed, its windows in time order; {@code stored}: the windows the box had before. */
        Draft check(List<BoxWindow> stored, Instant now) {
            Map<String, String> wrong = new LinkedHashMap<>();
            String trimmedTitle = title == null ? "" : title.strip();
            if (trimmedTitle.isEmpty() || trimmedTitle.length() > MAX_TITLE) {
                wrong.put("title", "Geef een titel van 1 tot " + MAX_TITLE + " tekens.");
            }
            String checkedSlug = null;
            try {
                checkedSlug = Slug.parse("slug", slug).value();
            } catch (Refusal refusal) {
                wrong.putAll(refusal.fields());
            }
            if (purpose == null) {
                wrong.put("purpose", "Kies waarvoor de box dient.");
            }
            if (audience.isEmpty()) {
                wrong.put("audience", "Kies voor wie de box is: leerlingen, ouders of leerkrachten.");
            }
            String trimmedIntro = intro == null ? "" : intro.strip();
            if (trimmedIntro.length() > MAX_INTRO) {
                wrong.put("intro", "De inleiding is hoogstens " + MAX_INTRO + " tekens.");
            }
            List<BoxWindow> checkedWindows = windows;
            try {
                checkedWindows = BoxWindow.check(windows, stored, now);
            } catch (Refusal refusal) {
                wrong.putAll(refusal.fields());
            }
            if (!wrong.isEmpty()) {
                throw Refusal.invalid("invalid-box", wrong);
            }
            return new Draft(trimmedTitle, checkedSlug, purpose, audience, trimmedIntro, checkedWindows);
        }
    }

    @Id
    @Column(name = "line_code", length = 40)
    private String lineCode;

    @Column(name = "clb_code", nullable = false, length = 60)
    private String clbCode;

    @Column(name = "slug", nullable = false, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private BoxPurpose purpose;

    /** The audience's codes, comma-separated ("pupil,parent"). */
    @Column(name = "audience", nullable = false, length = 40)
    private String audience;

    @Column(name = "intro", nullable = false, length = MAX_INTRO)
    private String intro;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private BoxState state;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "box_window", joinColumns = @JoinColumn(name = "line_code"))
    @OrderBy("start")
    private List<BoxWindow> windows = new ArrayList<>();

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Box() {
        // for JPA
    }

    /** A new box, as a draft. */
    public Box(String lineCode, String clbCode, Draft draft, String by, Instant now) {
        this.lineCode = Objects.requireNonNull(lineCode, "lineCode");
        this.clbCode = Objects.requireNonNull(clbCode, "clbCode");
        this.state = BoxState.DRAFT;
        apply(draft.check(List.of(), now), by, now);
    }

    /**
     * Changes what the box says and when it is open. A published box keeps at least one window that is still to
     * come or running and at least one team member ({@code teamSize}). A chat that runs meanwhile is not touched.
     */
    public void change(Draft draft, int teamSize, String by, Instant now) {
        Draft checked = draft.check(windows, now);
        if (state == BoxState.PUBLISHED) {
            publishable(checked.windows(), teamSize, now, false).ifPresent(refusal -> {
                throw refusal;
            });
        }
        apply(checked, by, now);
    }

    /** Moves the box to {@code target}; publishing needs a window still to come and a team member. */
    public void moveTo(BoxState target, int teamSize, String by, Instant now) {
        Objects.requireNonNull(target, "target");
        if (target == BoxState.PUBLISHED && state != BoxState.PUBLISHED) {
            publishable(windows, teamSize, now, true).ifPresent(refusal -> {
                throw refusal;
            });
        }
        this.state = target;
        this.changedBy = by;
        this.changedAt = now;
    }

    private static Optional<Refusal> publishable(List<BoxWindow> windows, int teamSize, Instant now,
                                                 boolean publishing) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (publishing && windows.stream().allMatch(window -> window.endedBy(now))) {
            wrong.put("windows", "Voeg eerst een tijdvenster toe dat nog moet komen.");
        } else if (windows.isEmpty()) {
            wrong.put("windows", "Een gepubliceerde box heeft minstens één tijdvenster; archiveer de box om hem "
                    + "te sluiten.");
        }
        if (teamSize == 0) {
            wrong.put("team", publishing ? "Kies eerst wie er chat: minstens één teamlid."
                    : "Een gepubliceerde box heeft minstens één teamlid.");
        }
        return wrong.isEmpty() ? Optional.empty() : Optional.of(Refusal.invalid("not-publishable", wrong));
    }

    private void apply(Draft checked, String by, Instant now) {
        this.title = checked.title();
        this.slug = checked.slug();
        this.purpose = checked.purpose();
        this.audience = checked.audience().stream().sorted().map(VisitorRole::code).collect(Collectors.joining(","));
        this.intro = checked.intro();
        this.windows.clear();
        this.windows.addAll(checked.windows());
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    /** Open for visitors at {@code moment}: published and inside a window. */
    public boolean openAt(Instant moment) {
        return state == BoxState.PUBLISHED && windows.stream().anyMatch(window -> window.contains(moment));
    }

    /** The windows as the opening engine knows extra openings; none unless published. */
    public List<OpeningException> openings() {
        if (state != BoxState.PUBLISHED) {
            return List.of();
        }
        List<OpeningException> openings = new ArrayList<>(windows.size());
        for (BoxWindow window : windows) {
            openings.add(new OpeningException(0, window.start(), window.end(), OpeningException.Kind.OPEN, title));
        }
        return openings;
    }

    /** The first window that has not ended at {@code moment}. */
    public Optional<BoxWindow> currentOrNext(Instant moment) {
        return windows.stream().filter(window -> !window.endedBy(moment)).findFirst();
    }

    /** The address of the box's public page on the visitor site: {@code /clb/{clb}/{slug}}. */
    public String publicPath() {
        return "/clb/" + clbCode + "/" + slug;
    }

    /** Who the box is for, in words: "leerlingen en ouders". */
    public String audienceText() {
        List<String> words = audience().stream().map(VisitorRole::dutchPlural).toList();
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " en " + words.get(words.size() - 1);
    }

    public boolean allows(VisitorRole role) {
        return audience().contains(role);
    }

    public String lineCode() {
        return lineCode;
    }

    /** Also the box's code in the API. */
    public String code() {
        return lineCode;
    }

    public String clbCode() {
        return clbCode;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public BoxPurpose purpose() {
        return purpose;
    }

    public Set<VisitorRole> audience() {
        Set<VisitorRole> roles = EnumSet.noneOf(VisitorRole.class);
        Arrays.stream(audience.split(",")).map(code -> Coded.fromCode(VisitorRole.class, code))
                .flatMap(Optional::stream).forEach(roles::add);
        return roles;
    }

    public String intro() {
        return intro;
    }

    public BoxState state() {
        return state;
    }

    public List<BoxWindow> windows() {
        return List.copyOf(windows);
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Box box && lineCode.equals(box.lineCode);
    }

    @Override
    public int hashCode() {
        return lineCode.hashCode();
    }

    @Override
    public String toString() {
        return "Box[" + lineCode + ", " + clbCode + "/" + slug + "]";
    }
}
