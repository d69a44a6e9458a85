package be.clbchat.application.handover;

import be.clbchat.application.chat.ChatEvent;
import be.clbchat.application.chat.ChatSettings;
import be.clbchat.application.clb.ClbScopes;
import be.clbchat.application.line.LineService;
import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.box.BoxRepository;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.chat.ChatRepository;
import be.clbchat.domain.chat.ChatState;
import be.clbchat.domain.handover.Handover;
import be.clbchat.domain.handover.HandoverKind;
import be.clbchat.domain.handover.HandoverRepository;
import be.clbchat.domain.handover.HandoverState;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.line.LineRepository;
import be.clbchat.domain.line.TeamRepository;
import be.clbchat.domain.operator.Operator;
import be.clbchat.domain.operator.OperatorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class DefaultHandoverService implements HandoverService {

    @Inject
    private HandoverRepository handovers;

    @Inject
    private ChatRepository chats;

    @Inject
    private OperatorRepository operators;

    @Inject
    private TeamRepository teams;

    @Inject
    private LineService lines;

    @Inject
    private LineRepository lineRows;

    @Inject
    private BoxRepository boxes;

    @Inject
    private OpeningHoursService openingHours;

    @Inject
    private ChatSettings settings;

    @Inject
    private be.clbchat.application.opening.OpeningRulesService rules;

    @Inject
    private ClbScopes scopes;

    @Inject
    private be.clbchat.application.caller.CallerService callers;

    @Inject
    private Clock clock;

    @Inject
    private Event<ChatEvent> events;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Options options(String operator, UUID chatId) {
        Chat chat = heldChat(operator, chatId);
        Map<String, Long> held = chats.heldCounts();
        List<Colleague> colleagues = new ArrayList<>();
        for (String member : teams.members(chat.lineCode())) {
            if (member.equals(operator)) {
                continue;
            }
            operators.find(member).filter(found -> found.online() && found.alias().isPresent()).ifPresent(found ->
                    colleagues.add(new Colleague(found.username(), found.alias().get(),
                            Optional.ofNullable(found.profile().discipline()).map(d -> d.label()), free(found, held))));
        }
        Map<String, String> partners = lineRows.partners();
        List<TargetLine> targets = new ArrayList<>();
        for (String code : handovers.routesFrom(chat.lineCode())) {
            targets.add(target(lines.line(code), held, partners, operator));
        }
        return new Options(chat.id(), colleagues, targets);
    }

    /** The line as a target for {@code from}'s chat: who of its team is free, not counting {@code from} themselves. */
    private TargetLine target(Line line, Map<String, Long> held, Map<String, String> partners, String from) {
        boolean open = openingHours.status(line.code(), null).open();
        int available = (int) teams.members(line.code()).stream().filter(member -> !member.equals(from))
                .map(operators::find).flatMap(Optional::stream).filter(found -> free(found, held)).count();
        return new TargetLine(line, open, available, boxes.find(line.code()).isPresent(),
                Optional.ofNullable(partners.get(line.code())));
    }

    /** Online, available, with an alias and room for one more chat. */
    private boolean free(Operator operator, Map<String, Long> held) {
        return operator.online() && operator.available() && operator.alias().isPresent()
                && held.getOrDefault(operator.username(), 0L) < settings.maxChatsPerOperator();
    }

    @Override
    public Handover offer(String operator, UUID chatId, HandoverKind kind, boolean warm, Optional<String> to,
                          String note) {
        if (kind == null) {
            throw Refusal.invalid("invalid-field", "Kies of je doorverbindt met een collega (colleague) of met een "
                    + "andere chatlijn (line).");
        }
        Chat chat = chats.lock(chatId).filter(found -> found.heldBy(operator))
                .orElseThrow(DefaultHandoverService::unknownChat);
        if (handovers.openOf(chatId).isPresent()) {
            throw Refusal.conflict("handover-open", "Dit gesprek wordt al doorverbonden. Trek dat eerst in.");
        }
        Map<String, Long> held = chats.heldCounts();
        Handover handover;
        if (kind == HandoverKind.COLLEAGUE) {
            Optional<String> named = to.filter(name -> !name.isBlank());
            if (named.isPresent()) {
                String colleague = named.get();
                if (colleague.equals(operator)) {
                    throw Refusal.invalid("invalid-field", "Kies een collega, niet jezelf.");
                }
                if (!teams.members(chat.lineCode()).contains(colleague)) {
                    throw Refusal.notFound("unknown-colleague", "Die collega zit niet in het team van deze chatlijn.");
                }
                Operator found = operators.find(colleague).orElseThrow();
                if (!free(found, held)) {
                    throw Refusal.conflict("colleague-busy", found.alias().orElse("Die collega")
                            + " is nu niet online of niet beschikbaar (of heeft geen plaats meer). Kies iemand"
                            + " anders.");
                }
            } else if (teams.members(chat.lineCode()).stream().filter(member -> !member.equals(operator))
                    .map(operators::find).flatMap(Optional::stream).noneMatch(found -> free(found, held))) {
                throw Refusal.conflict("nobody-available", "Geen enkele collega van deze chatlijn is nu beschikbaar.");
            }
            handover = Handover.offer(UUID.randomUUID(), chat, kind, warm, chat.lineCode(), named, note,
                    clock.instant());
        } else {
            String code = to.filter(line -> !line.isBlank()).orElseThrow(() -> Refusal.invalid("invalid-field",
                    "Kies de chatlijn (to) waarmee je doorverbindt."));
            if (!handovers.routesFrom(chat.lineCode()).contains(code)) {
                lines.line(code); // an unknown line is "not found" too
                throw Refusal.notFound("unknown-line", "Naar de chatlijn '" + code + "' kan je vanuit deze lijn niet"
                        + " doorverbinden.");
            }
            requirePossible(target(lines.line(code), held, lineRows.partners(), operator));
            handover = Handover.offer(UUID.randomUUID(), chat, kind, warm, code, Optional.empty(), note,
                    clock.instant());
        }
        handovers.add(handover);
        events.fire(new ChatEvent.HandoverChanged(handover, chat));
        return handover;
    }

    private static void requirePossible(TargetLine target) {
        if (!target.open()) {
            throw Refusal.conflict("line-closed", target.line().name() + " is nu gesloten.");
        }
        if (target.available() == 0) {
            throw Refusal.conflict("nobody-available", "Bij " + target.line().name()
                    + " is nu niemand beschikbaar.");
        }
    }

    @Override
    public Handover withdraw(String operator, UUID handoverId) {
        Handover handover = handovers.lock(handoverId).filter(found -> found.fromOperator().equals(operator))
                .orElseThrow(DefaultHandoverService::unknownHandover);
        handover.withdraw(clock.instant());
        events.fire(new ChatEvent.HandoverChanged(handover, chats.find(handover.chatId()).orElseThrow()));
        return handover;
    }

    @Override
    public Handover answer(UUID chatId, UUID handoverId, boolean agree, boolean share) {
        // The chat first, then the hand-over: the same order as taking it, so the two never wait on each other.
        Chat chat = chats.lock(chatId).orElseThrow(DefaultHandoverService::unknownChat);
        Handover handover = handovers.lock(handoverId).filter(found -> found.chatId().equals(chatId))
                .orElseThrow(DefaultHandoverService::unknownHandover);
        Instant now = clock.instant();
        handover.answer(agree, share, now);
        if (agree) {
            TargetLine target = target(lines.line(handover.toLine()), chats.heldCounts(), lineRows.partners(),
                    handover.fromOperator());
            if (!target.possible()) {
                // Closed or unstaffed since it was offered: the chat stays; both are told why.
                handover.lapse(now);
                events.fire(new ChatEvent.HandoverChanged(handover, chat));
                return handover;
            }
            if (handover.movesAtOnce()) {
                String former = chat.operatorUsername().orElseThrow();
                ChatMessage line = chat.writeSystemLine(chat.operatorAlias().orElseThrow() + " verbindt je door met "
                        + target.line().name() + ".", now);
                chats.add(line);
                // Cold: whoever takes it there reads from this line on.
                chat.moveToQueueOf(handover.toLine(), line.seq(), now);
                events.fire(new ChatEvent.Posted(chat, line));
                events.fire(new ChatEvent.HandoverChanged(handover, chat));
                events.fire(new ChatEvent.HandedOver(chat, handover, former, List.of(), Optional.empty()));
                events.fire(new ChatEvent.QueueChanged());
                return handover;
            }
        }
        events.fire(new ChatEvent.HandoverChanged(handover, chat));
        return handover;
    }

    @Override
    public Chat take(String username, UUID handoverId) {
        Handover seen = handovers.find(handoverId).orElseThrow(DefaultHandoverService::unknownHandover);
        Set<String> memberOf = teams.linesOf(username);
        if (!memberOf.contains(seen.toLine())
                || seen.toOperator().filter(named -> !named.equals(username)).isPresent()) {
            throw unknownHandover();
        }
        if (seen.movesAtOnce()) {
            throw Refusal.conflict("in-queue", "Dit gesprek wacht in de wachtrij: neem het daar aan.");
        }
        // Operator, chat, hand-over: the order of accepting from the queue, so that none of them waits on another.
        // The hand-over's lock is where two receivers meet: the second reads it taken.
        Operator operator = operators.lock(username);
        Chat chat = chats.lock(seen.chatId()).orElseThrow();
        Handover peek = handovers.lock(handoverId).orElseThrow();
        String alias = operator.alias().orElseThrow(() ->
                Refusal.conflict("no-alias", "Kies eerst een schuilnaam: die zien de bezoekers."));
        if (peek.state() == HandoverState.WAITING && !operator.available()) {
            throw Refusal.conflict("not-available", "Zet jezelf eerst op beschikbaar.");
        }
        if (peek.state() == HandoverState.WAITING && chats.heldBy(username).size() >= settings.maxChatsPerOperator()) {
            throw Refusal.conflict("too-many-chats", "Je hebt al " + settings.maxChatsPerOperator()
                    + " gesprekken open. Beëindig er eerst een.");
        }
        Instant now = clock.instant();
        // A partner line that shows one name for all: its visitors see that name, in the transcript too.
        alias = lineRows.shownAs(peek.toLine()).orElse(alias);
        peek.take(username, alias, now);
        if (!chat.heldBy(peek.fromOperator())) {
            throw Refusal.conflict("handover-closed", "Deze overdracht gaat niet meer door.");
        }
        String fromLineName = lines.line(peek.fromLine()).name();
        String toLineName = lines.line(peek.toLine()).name();
        String former = peek.fromOperator();
        ChatMessage line = chat.writeSystemLine(peek.kind() == HandoverKind.COLLEAGUE
                ? alias + " neemt het gesprek over van " + peek.fromAlias() + "."
                : (alias.equals(toLineName) ? toLineName : alias + " van " + toLineName)
                        + " neemt het gesprek over van " + peek.fromAlias() + " (" + fromLineName + ").", now);
        chats.add(line);
        int readFrom = peek.sharesTranscript() ? chat.readFromSeq() : line.seq();
        chat.handTo(peek.toLine(), username, alias, readFrom);
        List<ChatMessage> visible = chats.messagesAfter(chat.id(), Math.max(0, readFrom - 1));
        events.fire(new ChatEvent.Posted(chat, line));
        events.fire(new ChatEvent.HandoverChanged(peek, chat));
        // The receiver is cautioned about a probable fake caller as whoever accepts it from the queue is.
        events.fire(new ChatEvent.HandedOver(chat, peek, former, visible, callers.caution(chat)));
        events.fire(new ChatEvent.QueueChanged());
        return chat;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Handover> openOf(UUID chat) {
        return handovers.openOf(chat);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Offer> offersFor(String operator) {
        List<Handover> waiting = handovers.waiting();
        if (waiting.isEmpty()) {
            return List.of();
        }
        Set<String> memberOf = teams.linesOf(operator);
        List<Offer> offers = new ArrayList<>();
        for (Handover handover : waiting) {
            if (handover.movesAtOnce() || !handover.offeredTo(operator, memberOf)) {
                continue;
            }
            chats.find(handover.chatId()).filter(chat -> chat.state() == ChatState.ACTIVE).ifPresent(chat ->
                    offers.add(new Offer(handover, chat, lines.line(handover.fromLine()).name(),
                            handover.sharesTranscript()
                                    ? chats.messagesAfter(chat.id(), Math.max(0, chat.readFromSeq() - 1))
                                    : List.of())));
        }
        return offers;
    }

    @Override
    public void chatLeftOperator(UUID chatId) {
        handovers.openOf(chatId).flatMap(open -> handovers.lock(open.id()))
                .filter(handover -> handover.state().open())
                .ifPresent(handover -> {
                    handover.lapse(clock.instant());
                    events.fire(new ChatEvent.HandoverChanged(handover, chats.find(chatId).orElseThrow()));
                });
    }

    @Override
    public Optional<Handover> takenFromQueue(Chat chat, String username, String alias) {
        return handovers.openOf(chat.id()).filter(Handover::movesAtOnce)
                .filter(open -> open.toLine().equals(chat.lineCode()))
                .flatMap(open -> handovers.lock(open.id()))
                .filter(locked -> locked.state() == HandoverState.WAITING)
                .map(locked -> {
                    locked.take(username, alias, clock.instant());
                    events.fire(new ChatEvent.HandoverChanged(locked, chat));
                    return locked;
                });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Set<String>> routes() {
        return handovers.routes();
    }

    @Override
    public void addRoute(String caller, String from, String to) {
        scopes.of(caller).requireEveryClb("bepalen welke chatlijnen naar elkaar doorverbinden");
        lines.line(from);
        lines.line(to);
        if (from.equals(to)) {
            throw Refusal.invalid("invalid-field", "Een chatlijn verbindt niet door naar zichzelf.");
        }
        handovers.addRoute(from, to, caller, clock.instant());
    }

    @Override
    public void removeRoute(String caller, String from, String to) {
        scopes.of(caller).requireEveryClb("bepalen welke chatlijnen naar elkaar doorverbinden");
        if (!handovers.removeRoute(from, to)) {
            throw Refusal.notFound("unknown-route", "Van " + from + " naar " + to + " kon je al niet doorverbinden.");
        }
    }

    @Override
    public Line createPartnerLine(String caller, String code, String name, String organisation) {
        scopes.of(caller).requireEveryClb("maken partnerlijnen");
        Map<String, String> wrong = new java.util.LinkedHashMap<>();
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            wrong.put("code", "Een code heeft 2 tot 40 kleine letters, cijfers of '-'.");
        } else if (lineRows.find(code).isPresent()) {
            wrong.put("code", "Die code heeft al een chatlijn.");
        }
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            wrong.put("name", "Geef een naam van 1 tot 120 tekens.");
        }
        if (organisation == null || organisation.isBlank() || organisation.strip().length() > 120) {
            wrong.put("organisation", "Geef de organisatie (1 tot 120 tekens).");
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalid("invalid-line", wrong);
        }
        Line line = new Line(code, name.strip(), ZoneId.of("Europe/Brussels"));
        lineRows.add(line);
        lineRows.addPartner(code, organisation.strip(), caller, clock.instant());
        // Closed until the coordinators give it hours: a rule set from today, so that openings can be added to it.
        rules.saveRuleSet(code, null, new be.clbchat.domain.opening.RuleSet(
                java.time.LocalDate.now(clock.withZone(line.timeZone())), null,
                be.clbchat.domain.opening.WeeklyHours.closed(), be.clbchat.domain.opening.WeeklyHours.closed(), true,
                List.of()), "Nieuwe partnerlijn: nog geen openingsuren");
        return line;
    }

    @Override
    public void addToPartnerTeam(String caller, String line, String username) {
        scopes.of(caller).requireEveryClb("stellen het team van een partnerlijn samen");
        if (!lineRows.partners().containsKey(line)) {
            throw Refusal.notFound("unknown-line", "De partnerlijn '" + line + "' bestaat niet.");
        }
        if (username == null || !operators.isLogin(username)) {
            throw Refusal.notFound("unknown-operator", "Er is geen chatmedewerker '" + username + "'.");
        }
        teams.add(line, username, caller, clock.instant());
        events.fire(new ChatEvent.AccessChanged(username, false));
    }

    @Override
    public void removeFromPartnerTeam(String caller, String line, String username) {
        scopes.of(caller).requireEveryClb("stellen het team van een partnerlijn samen");
        if (!lineRows.partners().containsKey(line)) {
            throw Refusal.notFound("unknown-line", "De partnerlijn '" + line + "' bestaat niet.");
        }
        if (!teams.members(line).contains(username)) {
            throw Refusal.notFound("unknown-operator", username + " zit niet in het team van deze partnerlijn.");
        }
        teams.remove(line, username);
        events.fire(new ChatEvent.AccessChanged(username, false));
    }

    @Override
    public void setShownAs(String caller, String line, Optional<String> name) {
        scopes.of(caller).requireEveryClb("bepalen hoe een partnerlijn zich voorstelt");
        if (!lineRows.partners().containsKey(line)) {
            throw Refusal.notFound("unknown-line", "De partnerlijn '" + line + "' bestaat niet.");
        }
        Optional<String> checked = name.map(String::strip).filter(text -> !text.isEmpty());
        if (checked.filter(text -> text.length() > 30 || text.chars().anyMatch(Character::isISOControl)).isPresent()) {
            throw Refusal.invalid("invalid-line", Map.of("shownAs", "Een naam voor de bezoekers heeft hoogstens 30"
                    + " tekens."));
        }
        lineRows.showAs(line, checked);
    }

    /** The name the visitor sees for {@code operator} on {@code line}: the partner line's own, or their alias. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String aliasShownOn(String line, String alias) {
        return lineRows.shownAs(line).orElse(alias);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnerLine> partnerLineList(String caller) {
        scopes.of(caller).requireEveryClb("zien de partnerlijnen");
        List<PartnerLine> list = new ArrayList<>();
        lineRows.partners().forEach((code, organisation) -> lineRows.find(code).ifPresent(line ->
                list.add(new PartnerLine(line, organisation, teams.members(code),
                        openingHours.status(code, null).open(), lineRows.shownAs(code)))));
        return list;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> partnerLines() {
        return lineRows.partners();
    }

    private Chat heldChat(String operator, UUID chatId) {
        return chats.find(chatId).filter(chat -> chat.heldBy(operator))
                .orElseThrow(DefaultHandoverService::unknownChat);
    }

    private static Refusal unknownChat() {
        return Refusal.notFound("unknown-chat", "Dit gesprek bestaat niet of is niet (meer) van jou.");
    }

    private static Refusal unknownHandover() {
        return Refusal.notFound("unknown-handover", "Deze overdracht bestaat niet of is niet voor jou.");
    }
}
