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
import be.clbchat.domain.handover.ChatParts;
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

    @Inject
    private be.clbchat.domain.handover.HandoverRepository handovers;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Form form(String caller, UUID chatId) {
        String id = chatId.toString();
        Optional<Registration> latest = registrations.find(id);
        Optional<Chat> chat = visibleChat(caller, chatId, latest.isPresent());
        if (chat.isEmpty()) {
            Registration kept = latest.orElseThrow();
            return new Form(chatId, kept.lineCode(), "", Optional.empty(), latest, kept.draft(),
                    registrations.changes(id, kept.part()));
        }
        Chat found = chat.get();
        ChatParts.Part own = partOf(caller, found);
        int part = own.number();
        Optional<Registration> stored = registrations.find(id, part);
        List<RegistrationChange> history = stored.isPresent() ? registrations.changes(id, part) : List.of();
        Registration.Draft proposal = stored.map(Registration::draft).orElseGet(() -> new Registration.Draft(
                ClientType.of(found.visitor().role()), Set.of(),
                vanished(found) ? Set.of(Outcome.ABORTED) : Set.of(),
                false, ""));
        return new Form(chatId, own.line(), found.visitor().nickname(), found.endedAt(), stored, proposal,
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
        if (chat.isPresent() && parts(chat.get()).isEmpty()) {
            throw Refusal.conflict("not-accepted", "Dit gesprek werd nog niet aangenomen.");
        }
        // The caller's own part (a coordinator: the last one, unless they held one); the transcript gone: the last one
        // registered.
        Optional<ChatParts.Part> part = chat.map(found -> partOf(caller, found));
        int number = part.map(ChatParts.Part::number)
                .orElseGet(() -> registrations.find(id).map(Registration::part).orElseThrow());
        Instant now = clock.instant();
        Map<String, Theme> known = registrations.themes().stream()
                .collect(Collectors.toMap(Theme::code, Function.identity()));
        Optional<Registration> stored = registrations.lock(id, number);
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
            ChatParts.Part held = part.orElseThrow();
            registration = new Registration(id, held.number(), held.line(), held.operator(), checked, caller, now);
            registrations.add(registration);
        }
        registrations.add(new RegistrationChange(id, number, caller, now, checked.summary()));
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
                || ChatParts.latestOf(parts(chat), caller).isPresent()).toList();
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
                        || ChatParts.latestOf(parts(found), caller).isPresent())
                .orElseThrow(() -> Refusal.notFound("unknown-chat", "Dit gesprek bestaat niet of is niet van jou.")));
    }

    /** The parts of the chat: one per operator who held it, split at its hand-overs. */
    private List<ChatParts.Part> parts(Chat chat) {
        return ChatParts.of(chat, handovers.ofChat(chat.id()));
    }

    /** The latest part the caller held; for a coordinator who held none, the chat's last part. */
    private ChatParts.Part partOf(String caller, Chat chat) {
        List<ChatParts.Part> parts = parts(chat);
        return ChatParts.latestOf(parts, caller).orElseGet(() -> parts.isEmpty()
                ? new ChatParts.Part(1, chat.lineCode(), chat.operatorUsername().orElse(caller))
                : parts.get(parts.size() - 1));
    }

    private boolean coordinator(String caller) {
        return scopes.of(caller).everyClb();
    }
}
