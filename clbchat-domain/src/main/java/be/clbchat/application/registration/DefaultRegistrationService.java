package be.clbchat.application.registration;

import be.clbchat.application.caller.CallerService;
import be.clbchat.application.clb.ClbScope;
import be.clbchat.application.clb.ClbScopes;
import be.clbchat.domain.box.Box;
import be.clbchat.domain.box.BoxRepository;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatRepository;
import be.clbchat.domain.chat.EndReason;
import be.clbchat.domain.chat.Party;
import be.clbchat.domain.clb.Slug;
import be.clbchat.domain.registration.CannedText;
import be.clbchat.domain.registration.ClientType;
import be.clbchat.domain.registration.Outcome;
import be.clbchat.domain.registration.Registration;
import be.clbchat.domain.registration.RegistrationChange;
import be.clbchat.domain.registration.RegistrationRepository;
import be.clbchat.domain.registration.Theme;
import be.clbchat.domain.tool.ClbDomain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class DefaultRegistrationService implements RegistrationService {

    @Inject
    private RegistrationRepository registrations;

    @Inject
    private ChatRepository chats;

    @Inject
    private ClbScopes scopes;

    @Inject
    private CallerService callers;

    @Inject
    private BoxRepository boxes;

    @Inject
    private Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Form form(String caller, UUID chatId) {
        String id = chatId.toString();
        Optional<Registration> stored = registrations.find(id);
        Optional<Chat> chat = visibleChat(caller, chatId, stored.isPresent());
        List<RegistrationChange> history = stored.isPresent() ? registrations.changes(id) : List.of();
        if (chat.isEmpty()) {
            Registration kept = stored.orElseThrow();
            return new Form(chatId, kept.lineCode(), "", Optional.empty(), stored, kept.draft(), history);
        }
        Chat found = chat.get();
        Registration.Draft proposal = stored.map(Registration::draft).orElseGet(() -> new Registration.Draft(
                ClientType.of(found.visitor().role()), Set.of(),
                vanished(found) ? Set.of(Outcome.ABORTED) : Set.of(),
                false, ""));
        return new Form(chatId, found.lineCode(), found.visitor().nickname(), found.endedAt(), stored, proposal,
                history);
    }

    /** The visitor's connection went and stayed away, or they left with "Snel weg": "sessie (plots) afgebroken". */
    private static boolean vanished(Chat chat) {
        return chat.endedBy().filter(by -> by == Party.SYSTEM).isPresent()
                || chat.endReason().filter(reason -> reason == EndReason.QUICK_EXIT).isPresent();
    }

    @Override
    public Registration register(String caller, UUID chatId, Registration.Draft draft) {
        String id = chatId.toString();
        Optional<Chat> chat = visibleChat(caller, chatId, registrations.find(id).isPresent());
        if (chat.isPresent() && chat.get().operatorUsername().isEmpty()) {
            throw Refusal.conflict("not-accepted", "Dit gesprek werd nog niet aangenomen.");
        }
        Instant now = clock.instant();
        Map<String, Theme> known = registrations.themes().stream()
                .collect(Collectors.toMap(Theme::code, Function.identity()));
        Optional<Registration> stored = registrations.lock(id);
        Registration.Draft checked = draft.check(known, stored.map(Registration::themes).orElse(Set.of()));
        Registration registration;
        if (stored.isPresent()) {
            registration = stored.get();
            if (!registration.mayBeChangedBy(caller, coordinator(caller), now)) {
                throw Refusal.conflict("correction-window-over", "Je kan je registratie "
                        + Registration.CORRECTION_WINDOW.toDays() + " dagen lang verbeteren. Vraag het nu aan een "
                        + "coördinator.");
            }
            registration.change(checked, caller, now);
        } else {
            Chat held = chat.orElseThrow();
            registration = new Registration(id, held.lineCode(), held.operatorUsername().get(), checked, caller, now);
            registrations.add(registration);
        }
        registrations.add(new RegistrationChange(id, caller, now, checked.summary()));
        chat.ifPresent(found -> callers.registered(found, caller, checked.suspectedFake()));
        return registration;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Chat> unregistered(String caller) {
        ClbScope scope = scopes.of(caller);
        if (scope.everyClb()) {
            return registrations.unregisteredChats(null);
        }
        if (scope.ownClb().isEmpty()) {
            return registrations.unregisteredChats(caller);
        }
        // A CLB's admin: their own chats and those of their CLB's boxes.
        Set<String> lines = boxes.ofClb(scope.ownClb().get()).stream().map(Box::lineCode)
                .collect(Collectors.toSet());
        return registrations.unregisteredChats(null).stream().filter(chat -> lines.contains(chat.lineCode())
                || chat.operatorUsername().filter(caller::equals).isPresent()).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Theme> themes(boolean withRetired) {
        return registrations.themes().stream().filter(theme -> withRetired || theme.active()).toList();
    }

    @Override
    public Theme addTheme(String caller, ClbDomain domain, String name) {
        scopes.of(caller).requireEveryClb("beheren de thema's");
        if (domain == null) {
            throw Refusal.invalid("invalid-theme", Map.of("domain", "Kies het domein: OLB, PSF, L&S of PGZ."));
        }
        String checked = Theme.checkedName(name);
        List<Theme> all = registrations.themes();
        if (all.stream().anyMatch(theme -> theme.domain() == domain && theme.name().equalsIgnoreCase(checked))) {
            throw Refusal.invalid("theme-exists", Map.of("name", "Dit domein heeft al een thema \"" + checked + "\"."));
        }
        String base = Slug.suggest(checked).map(Slug::value).orElse("thema");
        String code = base;
        for (int n = 2; registrations.theme(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        int last = all.stream().filter(theme -> theme.domain() == domain).mapToInt(Theme::position).max().orElse(0);
        Theme theme = new Theme(code, domain, checked, last + 10, caller, clock.instant());
        registrations.add(theme);
        return theme;
    }

    @Override
    public Theme renameTheme(String caller, String code, String name) {
        scopes.of(caller).requireEveryClb("beheren de thema's");
        Theme theme = known(code);
        theme.rename(name, caller, clock.instant());
        return theme;
    }

    @Override
    public void moveTheme(String caller, String code, int step) {
        scopes.of(caller).requireEveryClb("beheren de thema's");
        Theme theme = known(code);
        List<Theme> siblings = new ArrayList<>(registrations.themes().stream()
                .filter(other -> other.domain() == theme.domain()).toList());
        int index = siblings.indexOf(theme);
        int target = index + Integer.signum(step);
        if (target < 0 || target >= siblings.size()) {
            return;
        }
        siblings.add(target, siblings.remove(index));
        Instant now = clock.instant();
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).position() != (i + 1) * 10) {
                siblings.get(i).moveTo((i + 1) * 10, caller, now);
            }
        }
    }

    @Override
    public Theme setThemeActive(String caller, String code, boolean active) {
        scopes.of(caller).requireEveryClb("beheren de thema's");
        Theme theme = known(code);
        if (active) {
            theme.restore(caller, clock.instant());
        } else {
            theme.retire(caller, clock.instant());
        }
        return theme;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CannedText> cannedTexts(String query, boolean withRetired) {
        return registrations.cannedTexts().stream().filter(text -> withRetired || text.active())
                .filter(text -> text.matches(query)).toList();
    }

    @Override
    public CannedText saveCannedText(String caller, Long id, CannedText.Draft draft) {
        scopes.of(caller).requireEveryClb("beheren de standaardteksten");
        CannedText.Draft checked = draft.check();
        List<CannedText> all = registrations.cannedTexts();
        all.stream().filter(other -> other.title().equalsIgnoreCase(checked.title()))
                .filter(other -> id == null || other.id() != id).findFirst().ifPresent(other -> {
                    throw Refusal.invalid("title-taken", Map.of("title", "Er is al een standaardtekst met die titel."));
                });
        Instant now = clock.instant();
        if (id == null) {
            int last = all.stream().mapToInt(CannedText::position).max().orElse(0);
            CannedText text = new CannedText(checked, last + 10, caller, now);
            registrations.add(text);
            return text;
        }
        CannedText text = knownText(id);
        text.change(checked, caller, now);
        return text;
    }

    @Override
    public CannedText setCannedTextActive(String caller, long id, boolean active) {
        scopes.of(caller).requireEveryClb("beheren de standaardteksten");
        CannedText text = knownText(id);
        text.setActive(active, caller, clock.instant());
        return text;
    }

    private CannedText knownText(long id) {
        return registrations.cannedText(id).orElseThrow(() ->
                Refusal.notFound("unknown-canned-text", "Die standaardtekst bestaat niet."));
    }

    private Theme known(String code) {
        return registrations.theme(code).orElseThrow(() ->
                Refusal.notFound("unknown-theme", "Dat thema bestaat niet."));
    }

    /**
     * The chat when the caller held it or is a coordinator; none when its transcript was deleted after the retention
     * period while its registration ({@code registered}) stays — then only a coordinator may still open or correct
     * it. Anything else is "not found", as a chat that does not exist.
     */
    private Optional<Chat> visibleChat(String caller, UUID chatId, boolean registered) {
        boolean coordinator = coordinator(caller);
        Optional<Chat> chat = chats.find(chatId);
        if (chat.isEmpty() && registered && coordinator) {
            return Optional.empty();
        }
        return Optional.of(chat.filter(found -> coordinator
                        || found.operatorUsername().filter(caller::equals).isPresent())
                .orElseThrow(() -> Refusal.notFound("unknown-chat", "Dit gesprek bestaat niet of is niet van jou.")));
    }

    private boolean coordinator(String caller) {
        return scopes.of(caller).everyClb();
    }
}
