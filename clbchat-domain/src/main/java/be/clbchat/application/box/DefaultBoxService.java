package be.clbchat.application.box;

import be.clbchat.application.SecretTokens;
import be.clbchat.application.chat.ChatEvent;
import be.clbchat.application.clb.ClbScope;
import be.clbchat.application.clb.ClbScopes;
import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.application.opening.OpeningRulesChanged;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.box.Box;
import be.clbchat.domain.box.BoxRepository;
import be.clbchat.domain.box.BoxState;
import be.clbchat.domain.chat.ChatRepository;
import be.clbchat.domain.clb.Clb;
import be.clbchat.domain.clb.ClbRepository;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.line.LineRepository;
import be.clbchat.domain.line.TeamRepository;
import be.clbchat.domain.staff.StaffAccount;
import be.clbchat.domain.staff.StaffAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class DefaultBoxService implements BoxService {

    /** Boxes are for Flemish and Brussels schools: their windows are read and shown in Brussels time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    static final int MAX_TEAM = 100;

    @Inject
    private ClbScopes scopes;

    @Inject
    private ClbRepository clbs;

    @Inject
    private BoxRepository boxes;

    @Inject
    private LineRepository lines;

    @Inject
    private TeamRepository teams;

    @Inject
    private StaffAccountRepository accounts;

    @Inject
    private ChatRepository chats;

    @Inject
    private OpeningHoursService openingHours;

    @Inject
    private SecretTokens secrets;

    @Inject
    private Clock clock;

    @Inject
    private Event<OpeningRulesChanged> changes;

    @Inject
    private Event<ChatEvent> events;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BoxView> boxes(String caller, String clb) {
        Clb owner = scopes.visibleClb(caller, clb);
        return boxes.ofClb(owner.code()).stream()
                .map(box -> new BoxView(box, owner, teams.members(box.lineCode()))).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public BoxView box(String caller, String clb, String code) {
        Clb owner = scopes.visibleClb(caller, clb);
        Box box = boxes.find(code).filter(found -> found.clbCode().equals(owner.code()))
                .orElseThrow(DefaultBoxService::unknownBox);
        return new BoxView(box, owner, teams.members(box.lineCode()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Overview> overview(String caller) {
        ClbScope scope = scopes.of(caller);
        Map<String, Clb> owners = scopes.visibleClbs(scope).stream()
                .collect(Collectors.toMap(Clb::code, Function.identity()));
        List<Box> visible = scope.everyClb() ? boxes.all()
                : scope.ownClb().map(boxes::ofClb).orElse(List.of());
        Map<String, Long> counts = chats.countsPerLine();
        Instant now = clock.instant();
        List<Overview> overview = new ArrayList<>(visible.size());
        for (Box box : visible) {
            overview.add(new Overview(box, owners.get(box.clbCode()), box.openAt(now),
                    counts.getOrDefault(box.lineCode(), 0L)));
        }
        return overview;
    }

    @Override
    public BoxView create(String caller, String clb, Box.Draft draft, Set<String> team, BoxState state) {
        Clb owner = scopes.visibleClb(caller, clb);
        Instant now = clock.instant();
        String code = "box-" + secrets.newToken().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "")
                .substring(0, 10);
        Map<String, String> wrong = new LinkedHashMap<>();
        Box box = attempt(() -> new Box(code, owner.code(), draft, caller, now), wrong);
        Set<String> members = attempt(() -> checkedTeam(owner, team), wrong);
        refuseIfAny(wrong);
        slugFree(box.slug(), null, owner);
        lines.add(new Line(code, box.title(), ZONE));
        boxes.add(box);
        teams.replace(code, members, caller, now);
        if (state != null && state != BoxState.DRAFT) {
            box.moveTo(state, members.size(), caller, now);
        }
        changes.fire(new OpeningRulesChanged(code));
        events.fire(new ChatEvent.QueueChanged());
        return new BoxView(box, owner, List.copyOf(members));
    }

    @Override
    public BoxView change(String caller, String clb, String code, Box.Draft draft, Set<String> team,
                          BoxState state) {
        Clb owner = scopes.visibleClb(caller, clb);
        Box box = boxes.lock(code).filter(found -> found.clbCode().equals(owner.code()))
                .orElseThrow(DefaultBoxService::unknownBox);
        Instant now = clock.instant();
        if (draft.slug() != null) { // checked before the box changes, so no query flushes a taken slug first
            slugFree(draft.slug().strip(), box, owner);
        }
        Map<String, String> wrong = new LinkedHashMap<>();
        Set<String> members = attempt(() -> checkedTeam(owner, team), wrong);
        attempt(() -> {
            box.change(draft, members == null ? 1 : members.size(), caller, now);
            return box;
        }, wrong);
        refuseIfAny(wrong);
        if (state != null && state != box.state()) {
            box.moveTo(state, members.size(), caller, now);
        }
        lines.find(code).ifPresent(line -> line.rename(box.title()));
        teams.replace(code, members, caller, now);
        changes.fire(new OpeningRulesChanged(code));
        events.fire(new ChatEvent.QueueChanged());
        return new BoxView(box, owner, List.copyOf(members));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffAccount> teamCandidates(String caller, String clb) {
        Clb owner = scopes.visibleClb(caller, clb);
        return accounts.ofClb(owner.code()).stream().filter(StaffAccount::isActive).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicBox publicBox(String clb, String slug) {
        Clb owner = clbs.find(clb).filter(Clb::active).orElseThrow(DefaultBoxService::unknownBox);
        Box box = boxes.bySlug(owner.code(), slug).filter(found -> found.state() != BoxState.DRAFT)
                .orElseThrow(DefaultBoxService::unknownBox);
        return new PublicBox(box, owner, openingHours.status(box.lineCode(), null));
    }

    /** Everyone named must be an active staff account of the box's own CLB. */
    private Set<String> checkedTeam(Clb owner, Set<String> team) {
        Set<String> wanted = new TreeSet<>(team == null ? Set.of() : team);
        if (wanted.size() > MAX_TEAM) {
            throw Refusal.invalid("team-too-large", Map.of("team",
                    "Een team heeft hoogstens " + MAX_TEAM + " leden."));
        }
        Set<String> ofClb = new LinkedHashSet<>();
        accounts.ofClb(owner.code()).stream().filter(StaffAccount::isActive)
                .forEach(account -> ofClb.add(account.username().value()));
        List<String> foreign = wanted.stream().filter(username -> !ofClb.contains(username)).toList();
        if (!foreign.isEmpty()) {
            throw Refusal.invalid("not-in-clb", Map.of("team", String.join(", ", foreign)
                    + (foreign.size() == 1 ? " is geen" : " zijn geen") + " actieve medewerker van " + owner.name()
                    + ". Een box-team bestaat uit medewerkers van het eigen CLB."));
        }
        return wanted;
    }

    private void slugFree(String slug, Box self, Clb owner) {
        boxes.bySlug(owner.code(), slug).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw Refusal.invalid("slug-taken", Map.of("slug",
                    "Een andere box van dit CLB heeft het webadres " + slug + " al. Kies een ander."));
        });
    }

    /** What {@code step} gives, or null with its refusal's fields added to {@code wrong}: all faults are told at once. */
    private static <T> T attempt(java.util.function.Supplier<T> step, Map<String, String> wrong) {
        try {
            return step.get();
        } catch (Refusal refusal) {
            if (refusal.fields().isEmpty()) {
                throw refusal;
            }
            wrong.putAll(refusal.fields());
            return null;
        }
    }

    private static void refuseIfAny(Map<String, String> wrong) {
        if (!wrong.isEmpty()) {
            throw Refusal.invalid("invalid-box", wrong);
        }
    }

    static Refusal unknownBox() {
        return Refusal.notFound("unknown-box", "Die box bestaat niet (of is niet van jouw CLB).");
    }
}
