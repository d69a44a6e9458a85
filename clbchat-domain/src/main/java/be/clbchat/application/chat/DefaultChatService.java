package be.clbchat.application.chat;

import be.clbchat.application.SecretTokens;
import be.clbchat.application.caller.CallerService;
import be.clbchat.application.caller.PseudonymKeys;
import be.clbchat.application.line.LineService;
import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.box.Box;
import be.clbchat.domain.box.BoxRepository;
import be.clbchat.domain.caller.CallerRepository;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.chat.ChatRepository;
import be.clbchat.domain.chat.ChatState;
import be.clbchat.domain.chat.FoundVia;
import be.clbchat.domain.chat.Party;
import be.clbchat.domain.chat.PresenceCheck;
import be.clbchat.domain.chat.QueueOrder;
import be.clbchat.domain.chat.VisitorProfile;
import be.clbchat.domain.chat.VisitorRole;
import be.clbchat.domain.chat.WaitEstimate;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.line.TeamRepository;
import be.clbchat.domain.opening.OpeningStatus;
import be.clbchat.domain.operator.Operator;
import be.clbchat.domain.operator.OperatorRepository;
import be.clbchat.domain.registration.RegistrationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Logger;

@ApplicationScoped
@Transactional
public class DefaultChatService implements ChatService {

    private static final Logger LOG = Logger.getLogger(DefaultChatService.class.getName());
    /** Estimates learn from the last this many finished conversations of the last 30 days. */
    static final int DURATIONS_TO_LEARN_FROM = 50;
    static final Duration LEARN_FROM = Duration.ofDays(30);

    @Inject
    private OperatorRepository operators;

    @Inject
    private ChatRepository chats;

    @Inject
    private TeamRepository teams;

    @Inject
    private BoxRepository boxes;

    @Inject
    private RegistrationRepository registrations;

    @Inject
    private be.clbchat.application.handover.HandoverService handovers;

    @Inject
    private SecretTokens secrets;

    @Inject
    private PseudonymKeys keys;

    @Inject
    private CallerRepository callerBlocks;

    @Inject
    private CallerService callers;

    @Inject
    private LineService lines;

    @Inject
    private OpeningHoursService openingHours;

    @Inject
    private ChatSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private Event<ChatEvent> events;

    @Override
    public StartResult start(String line, VisitorProfile visitor, Optional<String> pseudonym) {
        Optional<String> pseudonymHash = pseudonym.map(keys::hash);
        lines.line(line);
        Optional<Box> box = boxes.find(line);
        if (box.map(found -> !found.allows(visitor.role())).orElse(visitor.role() == VisitorRole.TEACHER)) {
            throw Refusal.invalid("role-not-allowed", "Deze chat is voor " + box.map(Box::audienceText)
                    .orElse("leerlingen en ouders") + ".");
        }
        if (pseudonymHash.filter(hash -> callerBlocks.blocked(hash, clock.instant())).isPresent()) {
            return new Unavailable();
        }
        OpeningStatus status = openingHours.status(line, null);
        if (!status.open()) {
            return new Closed(status.nextOpening().map(ZonedDateTime::toInstant));
        }
        if (chats.waitingOn(line) >= settings.maxWaitingPerLine()) {
            throw Refusal.conflict("busy", "Het is nu erg druk. Probeer het over een minuutje opnieuw.");
        }
        String token = secrets.newToken();
        Chat chat = new Chat(UUID.randomUUID(), line, visitor, SecretTokens.hash(token), pseudonymHash,
                clock.instant());
        chats.add(chat);
        events.fire(new ChatEvent.QueueChanged());
        return new Queued(chat, token);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Set<UUID> stillWaiting(java.util.Collection<UUID> ids) {
        return chats.stillWaiting(ids);
    }

    @Override
    public Resumed resume(String resumeToken) {
        String used = resumeToken == null || resumeToken.isBlank() ? null : SecretTokens.hash(resumeToken);
        Chat chat = (used == null ? Optional.<Chat>empty() : chats.byResumeTokenHash(used))
                .filter(found -> found.resumableAt(clock.instant()))
                .orElseThrow(DefaultChatService::unknownChat);
        Chat locked = chats.lock(chat.id()).orElseThrow();
        String next = secrets.newToken();
        try {
            locked.rotateToken(used, SecretTokens.hash(next));
        } catch (IllegalArgumentException rotatedMeanwhile) {
            // Another resume with the same token came first and made it void.
            throw unknownChat();
        }
        if (!locked.visitorConnected()) {
            locked.visitorBack();
            if (locked.state() == ChatState.ACTIVE) {
                events.fire(new ChatEvent.VisitorPresence(locked, true));
            }
        }
        return new Resumed(locked, next);
    }

    private static Refusal unknownChat() {
        return Refusal.notFound("unknown-chat", "Dit gesprek bestaat niet (meer). Je kan een nieuw gesprek beginnen.");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChatMessage> messagesAfter(UUID chat, int seq) {
        return chats.messagesAfter(chat, Math.max(0, seq));
    }

    @Override
    public Posted post(UUID chatId, Party sender, String operator, UUID clientMsgId, String text) {
        if (clientMsgId == null) {
            throw Refusal.invalid("invalid-field", "Een bericht heeft een clientMsgId (een UUID).");
        }
        Chat chat = chats.lock(chatId).orElseThrow(DefaultChatService::chatNotFound);
        if (sender == Party.OPERATOR && !operatorMayWrite(chat, operator)) {
            throw chatNotFound();
        }
        Optional<ChatMessage> earlier = chats.message(chatId, sender, clientMsgId);
        if (earlier.isPresent()) {
            return new Posted(earlier.get(), true);
        }
        ChatMessage message = chat.write(sender, clientMsgId, text, clock.instant());
        chats.add(message);
        events.fire(new ChatEvent.Posted(chat, message));
        return new Posted(message, false);
    }

    private static boolean operatorMayWrite(Chat chat, String operator) {
        // A chat handed over cold waits on another line: its last holder writes in it no more.
        return chat.state() != ChatState.QUEUED
                && chat.operatorUsername().map(holder -> holder.equals(operator)).orElse(false);
    }

    @Override
    public Chat end(UUID chatId, Party by, String operator) {
        return end(chatId, by, operator, false);
    }

    @Override
    public Chat quickExit(UUID chatId) {
        return end(chatId, Party.VISITOR, null, true);
    }

    private Chat end(UUID chatId, Party by, String operator, boolean quickExit) {
        Chat chat = chats.lock(chatId).orElseThrow(DefaultChatService::chatNotFound);
        if (by == Party.OPERATOR && !chat.heldBy(operator)) {
            throw chatNotFound();
        }
        boolean wasWaiting = chat.state() == ChatState.QUEUED;
        chat.end(by, quickExit, clock.instant());
        events.fire(new ChatEvent.Ended(chat));
        if (wasWaiting) {
            events.fire(new ChatEvent.QueueChanged());
        }
        return chat;
    }

    @Override
    public void rate(UUID chatId, Integer stars, String comment, FoundVia foundVia) {
        Chat chat = chats.lock(chatId).orElseThrow(DefaultChatService::chatNotFound);
        chat.rate(stars, comment, foundVia, clock.instant());
        events.fire(new ChatEvent.Rated(chat));
    }

    @Override
    public void visitorConnected(UUID chatId, boolean connected) {
        visitorPresence(chatId, connected);
    }

    /** Whether it changed anything. */
    private boolean visitorPresence(UUID chatId, boolean connected) {
        return chats.lock(chatId).map(chat -> {
            if (chat.state() == ChatState.ENDED || chat.visitorConnected() == connected) {
                return false;
            }
            if (connected) {
                chat.visitorBack();
            } else {
                chat.visitorLeft(clock.instant());
            }
            if (chat.state() == ChatState.ACTIVE) {
                events.fire(new ChatEvent.VisitorPresence(chat, connected));
            }
            return true;
        }).orElse(false);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Chat current(UUID chatId) {
        return chats.find(chatId).orElseThrow(DefaultChatService::chatNotFound);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> operatorOf(UUID chatId) {
        return chats.find(chatId).filter(chat -> chat.state() == ChatState.ACTIVE).flatMap(Chat::operatorUsername);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Queue queue() {
        List<Chat> waiting = QueueOrder.sorted(chats.waiting());
        Staffing staffing = staffing();
        Map<String, Integer> lengths = new HashMap<>();
        waiting.forEach(chat -> lengths.merge(chat.lineCode(), 1, Integer::sum));
        Map<String, WaitEstimate> estimates = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        List<Waiting> items = new ArrayList<>(waiting.size());
        for (Chat chat : waiting) {
            String line = chat.lineCode();
            WaitEstimate estimate = estimates.computeIfAbsent(line, staffing::estimateFor);
            int position = positions.merge(line, 1, Integer::sum);
            items.add(new Waiting(chat, position, lengths.get(line), estimate.secondsFor(position),
                    staffing.available(line).size()));
        }
        return new Queue(items, staffing.availablePerLine());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Set<String>> linesOf(Collection<String> operators) {
        return teams.linesOf(operators);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public LineQueue lineQueue(String line) {
        lines.line(line);
        int onLine = (int) chats.waiting().stream().filter(chat -> chat.lineCode().equals(line)).count();
        Staffing staffing = staffing();
        // Each line has its own queue and team: a newcomer waits behind that line's visitors only.
        return new LineQueue(onLine, staffing.estimateFor(line).secondsFor(onLine + 1),
                staffing.available(line).size());
    }

    /** Who can take chats now, per line: the available operators in that line's team. */
    private Staffing staffing() {
        List<Operator> available = operators.available();
        Map<String, Set<String>> linesOf = available.isEmpty() ? Map.of()
                : teams.linesOf(available.stream().map(Operator::username).toList());
        Map<String, Set<String>> perLine = new HashMap<>();
        linesOf.forEach((username, memberOf) -> memberOf.forEach(line ->
                perLine.computeIfAbsent(line, key -> new TreeSet<>()).add(username)));
        return new Staffing(perLine, available.isEmpty() ? Map.of() : chats.heldCounts(),
                settings.maxChatsPerOperator());
    }

    private final class Staffing {
        private final Map<String, Set<String>> perLine;
        private final Map<String, Long> held;
        private final int max;

        Staffing(Map<String, Set<String>> perLine, Map<String, Long> held, int max) {
            this.perLine = perLine;
            this.held = held;
            this.max = max;
        }

        Set<String> available(String line) {
            return perLine.getOrDefault(line, Set.of());
        }

        Map<String, Set<String>> availablePerLine() {
            return perLine;
        }

        WaitEstimate estimateFor(String line) {
            Set<String> team = available(line);
            int free = 0;
            for (String username : team) {
                free += (int) Math.max(0, max - held.getOrDefault(username, 0L));
            }
            List<Duration> durations = team.isEmpty() ? List.of()
                    : chats.recentDurations(line, clock.instant().minus(LEARN_FROM), DURATIONS_TO_LEARN_FROM);
            return new WaitEstimate(team.size(), free, team.size() * max, durations);
        }
    }

    @Override
    public OperatorState operatorOnline(String username) {
        Operator operator = operators.lock(username);
        cameOnline(operator);
        List<Chat> held = chats.heldBy(username);
        List<ChatMessage> messages = new ArrayList<>();
        for (Chat chat : held) {
            // After a hand-over without the visitor's consent, only what followed it.
            messages.addAll(chats.messagesAfter(chat.id(), Math.max(0, chat.readFromSeq() - 1)));
        }
        List<Line> memberOf = teams.linesOf(username).stream().map(lines::line).toList();
        java.util.Set<String> boxLines = memberOf.stream().map(Line::code)
                .filter(code -> boxes.find(code).isPresent()).collect(java.util.stream.Collectors.toSet());
        return new OperatorState(operator, held, messages, settings.maxChatsPerOperator(), memberOf, boxLines,
                callers.cautions(held));
    }

    /** The (locked) operator is online; the queue changes when that makes them available for chats. */
    private void cameOnline(Operator operator) {
        boolean wasAvailable = operator.available() && operator.online();
        operator.cameOnline();
        if (!wasAvailable && operator.available()) {
            events.fire(new ChatEvent.QueueChanged());
        }
    }

    @Override
    public void operatorOffline(String username) {
        Operator operator = operators.lock(username);
        boolean wasAvailable = operator.available() && operator.online();
        operator.wentOffline(clock.instant());
        if (wasAvailable) {
            events.fire(new ChatEvent.QueueChanged());
        }
    }

    @Override
    public Operator chooseAlias(String username, String alias) {
        String checked = Operator.checkAlias(alias);
        Operator operator = operators.lock(username);
        operators.byAlias(checked).filter(other -> !other.equals(operator)).ifPresent(other -> {
            throw Refusal.conflict("alias-taken", "Die schuilnaam gebruikt een collega al. Kies een andere.");
        });
        operator.useAlias(checked);
        events.fire(new ChatEvent.OperatorChanged(operator, ChatEvent.OperatorChanged.What.ALIAS));
        return operator;
    }

    @Override
    public Operator makeAvailable(String username, boolean available) {
        Operator operator = operators.lock(username);
        if (operator.available() != available) {
            operator.makeAvailable(available);
            events.fire(new ChatEvent.QueueChanged());
        }
        // Also when nothing changed: that is the asking tab's answer.
        events.fire(new ChatEvent.OperatorChanged(operator, ChatEvent.OperatorChanged.What.AVAILABILITY));
        return operator;
    }

    @Override
    public Chat acceptNext(String username, String line) {
        Set<String> memberOf = teams.linesOf(username);
        if (line != null && !memberOf.contains(line)) {
            lines.line(line); // an unknown line and a line of another team are both "not found"
            throw Refusal.notFound("unknown-line", "De chatlijn '" + line + "' bestaat niet (of je zit niet in "
                    + "het team ervan).");
        }
        if (memberOf.isEmpty()) {
            throw Refusal.conflict("no-team", "Je zit in geen enkel chatteam. Vraag je coördinator of "
                    + "CLB-beheerder om je toe te voegen.");
        }
        // The operator's row is locked first: two tabs of one operator cannot together exceed the maximum.
        Operator operator = operators.lock(username);
        String alias = operator.alias().orElseThrow(() ->
                Refusal.conflict("no-alias", "Kies eerst een schuilnaam: die zien de bezoekers."));
        if (!operator.available()) {
            throw Refusal.conflict("not-available", "Zet jezelf eerst op beschikbaar.");
        }
        if (settings.registerBeforeNext()
                && registrations.unregisteredSince(username, clock.instant().minus(ChatSettings.REGISTER_WITHIN)) > 0) {
            throw Refusal.conflict("register-first", "Registreer eerst het gesprek dat je beëindigde: de "
                    + "statistieken rekenen erop.");
        }
        if (chats.heldBy(username).size() >= settings.maxChatsPerOperator()) {
            throw Refusal.conflict("too-many-chats", "Je hebt al " + settings.maxChatsPerOperator()
                    + " gesprekken open. Beëindig er eerst een.");
        }
        for (Chat candidate : QueueOrder.sorted(chats.waiting())) {
            if (line != null ? !candidate.lineCode().equals(line) : !memberOf.contains(candidate.lineCode())) {
                continue;
            }
            // Locked and read again: another operator may have taken it since the queue was read.
            Chat chat = chats.lock(candidate.id()).orElse(null);
            if (chat != null && chat.state() == ChatState.QUEUED) {
                chat.acceptBy(username, handovers.aliasShownOn(chat.lineCode(), alias), clock.instant());
                Optional<be.clbchat.domain.handover.Handover> handedOver =
                        handovers.takenFromQueue(chat, username, chat.operatorAlias().orElseThrow());
                events.fire(new ChatEvent.Accepted(chat, chat.lastSeq() == 0 ? List.of()
                        : chats.messagesAfter(chat.id(), Math.max(0, chat.readFromSeq() - 1)), callers.caution(chat),
                        handedOver));
                events.fire(new ChatEvent.QueueChanged());
                return chat;
            }
        }
        throw Refusal.conflict("queue-empty", "Er wacht niemand in de wachtrij.");
    }

    @Override
    public int expireAbsentVisitors() {
        Instant now = clock.instant();
        int changed = 0;
        // A waiting chat keeps its place a short while, a conversation the whole grace period.
        Instant queuedBefore = now.minus(settings.queuedGrace());
        Instant talkingBefore = now.minus(settings.grace());
        for (Chat gone : chats.visitorAwaySince(queuedBefore)) {
            if (gone.state() != ChatState.QUEUED
                    && gone.visitorAwaySince().filter(away -> away.isBefore(talkingBefore)).isEmpty()) {
                continue; // a conversation within its grace period: not locked for nothing
            }
            Chat chat = chats.lock(gone.id()).orElseThrow();
            Instant limit = chat.state() == ChatState.QUEUED ? queuedBefore : talkingBefore;
            if (chat.state() != ChatState.ENDED && !chat.visitorConnected()
                    && chat.visitorAwaySince().filter(away -> away.isBefore(limit)).isPresent()) {
                boolean wasWaiting = chat.state() == ChatState.QUEUED;
                chat.end(Party.SYSTEM, now);
                events.fire(new ChatEvent.Ended(chat));
                if (wasWaiting) {
                    events.fire(new ChatEvent.QueueChanged());
                }
                changed++;
                LOG.fine(() -> "Chat " + chat.id() + " ended: the visitor was gone longer than its grace period");
            }
        }
        return changed;
    }

    @Override
    public int expireAbsentOperators() {
        Instant now = clock.instant();
        int changed = 0;
        // Operator first, then their chats: the same order as accepting, so the two never wait on each other.
        for (Operator gone : operators.offlineSince(now.minus(settings.grace()))) {
            Operator operator = operators.lock(gone.username());
            if (operator.online()) {
                continue;
            }
            for (Chat held : chats.heldBy(operator.username())) {
                Chat chat = chats.lock(held.id()).orElseThrow();
                if (!chat.heldBy(operator.username())) {
                    continue;
                }
                chat.giveBack(now);
                events.fire(new ChatEvent.GivenBack(chat, operator.username()));
                changed++;
                LOG.info(() -> "Chat " + chat.id() + " is back in the queue: its operator was gone longer than "
                        + settings.grace());
            }
            // Whoever comes back after the grace period decides again to take chats: not available by surprise.
            operator.absenceSettled();
        }
        if (changed > 0) {
            events.fire(new ChatEvent.QueueChanged());
        }
        return changed;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public PresenceCheck.Drift presenceDrift(Set<String> heldOperators, Set<UUID> heldVisitors) {
        return PresenceCheck.Drift.between(operators.online(), heldOperators, chats.visitorsConnected(),
                heldVisitors, chats.visitorsAway(heldVisitors));
    }

    @Override
    public int settle(PresenceCheck.Drift drift) {
        int changed = 0;
        for (String username : drift.operatorsWithoutSocket()) {
            if (operators.find(username).filter(Operator::online).isPresent()) {
                operatorOffline(username);
                changed++;
            }
        }
        for (String username : drift.operatorsNotOnline()) {
            Operator operator = operators.lock(username);
            if (!operator.online()) {
                cameOnline(operator);
                changed++;
            }
        }
        for (UUID chat : drift.visitorsWithoutSocket()) {
            changed += visitorPresence(chat, false) ? 1 : 0;
        }
        for (UUID chat : drift.visitorsNotConnected()) {
            changed += visitorPresence(chat, true) ? 1 : 0;
        }
        if (changed > 0) {
            int settled = changed;
            LOG.warning(() -> "Presence as stored differed from the sockets held (a socket closed or opened while the"
                    + " database could not be written?): " + settled + " operators and visitors set right: " + drift);
        }
        return changed;
    }

    @Override
    public void serverStarted() {
        Instant now = clock.instant();
        chats.visitorsAwayFrom(now);
        operators.allOffline(now);
    }

    /** Deliberately the same answer for "no such chat" and "not yours". */
    private static Refusal chatNotFound() {
        return Refusal.notFound("unknown-chat", "Dit gesprek bestaat niet of is niet (meer) van jou.");
    }
}
