package be.clbchat.application.chat;

import be.clbchat.application.SecretTokens;
import be.clbchat.application.line.LineService;
import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.chat.ChatRepository;
import be.clbchat.domain.chat.ChatState;
import be.clbchat.domain.chat.FoundVia;
import be.clbchat.domain.chat.Party;
import be.clbchat.domain.chat.QueueOrder;
import be.clbchat.domain.chat.VisitorProfile;
import be.clbchat.domain.chat.WaitEstimate;
import be.clbchat.domain.opening.OpeningStatus;
import be.clbchat.domain.operator.Operator;
import be.clbchat.domain.operator.OperatorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private SecretTokens secrets;

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
    public StartResult start(String line, VisitorProfile visitor) {
        lines.line(line);
        OpeningStatus status = openingHours.status(line, null);
        if (!status.open()) {
            return new Closed(status.nextOpening().map(ZonedDateTime::toInstant));
        }
        String token = secrets.newToken();
        Chat chat = new Chat(UUID.randomUUID(), line, visitor, SecretTokens.hash(token), clock.instant());
        chats.add(chat);
        events.fire(new ChatEvent.QueueChanged());
        return new Queued(chat, token);
    }

    @Override
    public Chat resume(String resumeToken) {
        Chat chat = (resumeToken == null || resumeToken.isBlank() ? Optional.<Chat>empty()
                : chats.byResumeTokenHash(SecretTokens.hash(resumeToken)))
                .filter(found -> found.resumableAt(clock.instant()))
                .orElseThrow(() -> Refusal.notFound("unknown-chat",
                        "Dit gesprek bestaat niet (meer). Je kan een nieuw gesprek beginnen."));
        Chat locked = chats.lock(chat.id()).orElseThrow();
        if (!locked.visitorConnected()) {
            locked.visitorBack();
            if (locked.state() == ChatState.ACTIVE) {
                events.fire(new ChatEvent.VisitorPresence(locked, true));
            }
        }
        return locked;
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
        return chat.operatorUsername().map(holder -> holder.equals(operator)).orElse(false);
    }

    @Override
    public Chat end(UUID chatId, Party by, String operator) {
        Chat chat = chats.lock(chatId).orElseThrow(DefaultChatService::chatNotFound);
        if (by == Party.OPERATOR && !chat.heldBy(operator)) {
            throw chatNotFound();
        }
        boolean wasWaiting = chat.state() == ChatState.QUEUED;
        chat.end(by, clock.instant());
        events.fire(new ChatEvent.Ended(chat));
        if (wasWaiting) {
            events.fire(new ChatEvent.QueueChanged());
        }
        return chat;
    }

    @Override
    public void rate(UUID chatId, Integer stars, String comment, FoundVia foundVia) {
        chats.lock(chatId).orElseThrow(DefaultChatService::chatNotFound).rate(stars, comment, foundVia, clock.instant());
    }

    @Override
    public void visitorConnected(UUID chatId, boolean connected) {
        chats.lock(chatId).ifPresent(chat -> {
            if (chat.state() == ChatState.ENDED || chat.visitorConnected() == connected) {
                return;
            }
            if (connected) {
                chat.visitorBack();
            } else {
                chat.visitorLeft(clock.instant());
            }
            if (chat.state() == ChatState.ACTIVE) {
                events.fire(new ChatEvent.VisitorPresence(chat, connected));
            }
        });
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
        Map<String, WaitEstimate> estimates = new HashMap<>();
        List<Waiting> items = new ArrayList<>(waiting.size());
        for (Chat chat : waiting) {
            WaitEstimate estimate = estimates.computeIfAbsent(chat.lineCode(), staffing::estimateFor);
            int position = items.size() + 1;
            items.add(new Waiting(chat, position, estimate.secondsFor(position)));
        }
        return new Queue(items, staffing.online());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public LineQueue lineQueue(String line) {
        lines.line(line);
        List<Chat> waiting = chats.waiting();
        Staffing staffing = staffing();
        int onLine = (int) waiting.stream().filter(chat -> chat.lineCode().equals(line)).count();
        // Operators serve every line in one fair queue, so a newcomer waits behind everyone.
        return new LineQueue(onLine, staffing.estimateFor(line).secondsFor(waiting.size() + 1), staffing.online());
    }

    /** Who can take chats now; every available operator serves every line for now. */
    private Staffing staffing() {
        List<Operator> available = operators.available();
        int max = settings.maxChatsPerOperator();
        Map<String, Long> held = chats.heldCounts();
        int free = 0;
        for (Operator operator : available) {
            free += (int) Math.max(0, max - held.getOrDefault(operator.username(), 0L));
        }
        return new Staffing(available.size(), free, available.size() * max);
    }

    private final class Staffing {
        private final int online;
        private final int free;
        private final int total;

        Staffing(int online, int free, int total) {
            this.online = online;
            this.free = free;
            this.total = total;
        }

        int online() {
            return online;
        }

        WaitEstimate estimateFor(String line) {
            List<Duration> durations = online == 0 ? List.of()
                    : chats.recentDurations(line, clock.instant().minus(LEARN_FROM), DURATIONS_TO_LEARN_FROM);
            return new WaitEstimate(online, free, total, durations);
        }
    }

    @Override
    public OperatorState operatorOnline(String username) {
        Operator operator = operators.lock(username);
        boolean wasAvailable = operator.available() && operator.online();
        operator.cameOnline();
        List<Chat> held = chats.heldBy(username);
        List<ChatMessage> messages = new ArrayList<>();
        for (Chat chat : held) {
            messages.addAll(chats.messagesAfter(chat.id(), 0));
        }
        if (!wasAvailable && operator.available()) {
            events.fire(new ChatEvent.QueueChanged());
        }
        return new OperatorState(operator, held, messages, settings.maxChatsPerOperator());
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
        events.fire(new ChatEvent.OperatorChanged(operator));
        return operator;
    }

    @Override
    public Operator makeAvailable(String username, boolean available) {
        Operator operator = operators.lock(username);
        if (operator.available() != available) {
            operator.makeAvailable(available);
            events.fire(new ChatEvent.OperatorChanged(operator));
            events.fire(new ChatEvent.QueueChanged());
        }
        return operator;
    }

    @Override
    public Chat acceptNext(String username, String line) {
        if (line != null) {
            lines.line(line);
        }
        // The operator's row is locked first: two tabs of one operator cannot together exceed the maximum.
        Operator operator = operators.lock(username);
        String alias = operator.alias().orElseThrow(() ->
                Refusal.conflict("no-alias", "Kies eerst een schuilnaam: die zien de bezoekers."));
        if (!operator.available()) {
            throw Refusal.conflict("not-available", "Zet jezelf eerst op beschikbaar.");
        }
        if (chats.heldBy(username).size() >= settings.maxChatsPerOperator()) {
            throw Refusal.conflict("too-many-chats", "Je hebt al " + settings.maxChatsPerOperator()
                    + " gesprekken open. Beëindig er eerst een.");
        }
        for (Chat candidate : QueueOrder.sorted(chats.waiting())) {
            if (line != null && !candidate.lineCode().equals(line)) {
                continue;
            }
            // Locked and read again: another operator may have taken it since the queue was read.
            Chat chat = chats.lock(candidate.id()).orElse(null);
            if (chat != null && chat.state() == ChatState.QUEUED) {
                chat.acceptBy(username, alias, clock.instant());
                events.fire(new ChatEvent.Accepted(chat,
                        chat.lastSeq() == 0 ? List.of() : chats.messagesAfter(chat.id(), 0)));
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
        for (Chat gone : chats.visitorAwaySince(now.minus(settings.grace()))) {
            Chat chat = chats.lock(gone.id()).orElseThrow();
            if (chat.state() != ChatState.ENDED && !chat.visitorConnected()) {
                boolean wasWaiting = chat.state() == ChatState.QUEUED;
                chat.end(Party.SYSTEM, now);
                events.fire(new ChatEvent.Ended(chat));
                if (wasWaiting) {
                    events.fire(new ChatEvent.QueueChanged());
                }
                changed++;
                LOG.fine(() -> "Chat " + chat.id() + " ended: the visitor was gone longer than " + settings.grace());
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
    public int forgetOldChats() {
        int deleted = chats.deleteEndedBefore(clock.instant().minus(settings.retention()));
        if (deleted > 0) {
            LOG.info(() -> "Deleted " + deleted + " chats that ended more than " + settings.retention().toDays()
                    + " days ago.");
        }
        return deleted;
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
