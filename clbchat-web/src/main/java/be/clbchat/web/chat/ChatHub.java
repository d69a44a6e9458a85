package be.clbchat.web.chat;

import be.clbchat.application.chat.ChatEvent;
import be.clbchat.application.chat.ChatNotifications;
import be.clbchat.application.chat.ChatService;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.MessageRate;
import be.clbchat.domain.chat.Party;
import be.clbchat.domain.chat.SourceAllowance;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is connected to which chat on this server, and the pushes to them. It hears of every change only after it is
 * committed ({@link ChatNotifications}). Queue updates are gathered for a moment and sent together: a busy evening
 * changes the queue many times a second, and each visitor needs only the latest position.
 */
@ApplicationScoped
public class ChatHub {

    private static final Logger LOG = Logger.getLogger(ChatHub.class.getName());
    static final long QUEUE_UPDATE_DELAY_MS = 200;
    /** How often visitors' sockets are pinged, and after how much silence their operator hears the line is gone. */
    static final long HEARTBEAT_MS = 2000;
    static final long VISITOR_SILENT_MS = 8000;
    /**
     * An operator's socket that answers no ping for this long is closed, so that the grace period starts: a laptop
     * that lost its network closes nothing, and without this its chats would wait for the socket's idle timeout
     * first. The browser answers pings itself (also in a background tab), every 2 s: 30 s of silence is no hiccup.
     */
    static final long OPERATOR_SILENT_MS = 30_000;

    /** One socket per chat: a resume on a new socket takes the chat over from the older one. */
    private final Map<UUID, Connection> visitors = new ConcurrentHashMap<>();
    private final Map<String, Set<Connection>> operators = new ConcurrentHashMap<>();
    private final AtomicBoolean queueUpdatePlanned = new AtomicBoolean();
    /** What each waiting visitor and the operators were last told: a frame that would say the same is not sent. */
    private final Map<UUID, String> lastQueued = new ConcurrentHashMap<>();
    private final Map<String, String> lastQueue = new ConcurrentHashMap<>();
    private final Consumer<ChatEvent> subscriber = this::on;
    /** The chats whose visitor went silent (socket still open), and since when: their operator has been told. */
    private final Map<UUID, java.time.Instant> silentSince = new ConcurrentHashMap<>();
    private java.util.concurrent.ScheduledFuture<?> heartbeat;
    private java.util.concurrent.ScheduledFuture<?> presenceCheck;
    /** Stored presence against the sockets held here: what a close during a database outage left behind. */
    private final be.clbchat.domain.chat.PresenceCheck presence = new be.clbchat.domain.chat.PresenceCheck();

    @Inject
    @ConfigProperty(name = "CLBCHAT_PRESENCE_CHECK_SECONDS", defaultValue = "15")
    private int presenceCheckSeconds;
    /**
     * New chats on this server: a burst of five seconds' worth, then {@code CLBCHAT_CHAT_STARTS_PER_SECOND} (20) a
     * second — far above any evening seen (250 chats in three days after a TV item), but a script cannot fill the queue
     * faster than operators see it.
     */
    private MessageRate starts;
    /** What each source may take of the visitor side (sockets, new chats, chats waiting at once). */
    private final SourceAllowance sources = SourceAllowance.usual();

    @Inject
    @ConfigProperty(name = "CLBCHAT_CHAT_STARTS_PER_SECOND", defaultValue = "20")
    private int startsPerSecond;

    @Inject
    private ChatNotifications notifications;

    @Inject
    private be.clbchat.infrastructure.security.Logouts logouts;

    private final Consumer<String> logoutSubscriber = this::loggedOut;

    @Inject
    private ChatService chats;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Resource
    private ManagedExecutorService writers;

    @PostConstruct
    void subscribe() {
        starts = new MessageRate(Math.max(1, startsPerSecond * 5), Math.max(1, startsPerSecond), Integer.MAX_VALUE,
                System.nanoTime());
        notifications.subscribe(subscriber);
        logouts.subscribe(logoutSubscriber);
        heartbeat = scheduler.scheduleAtFixedRate(this::heartbeat, HEARTBEAT_MS, HEARTBEAT_MS, TimeUnit.MILLISECONDS);
        long every = Math.max(1, presenceCheckSeconds);
        presenceCheck = scheduler.scheduleWithFixedDelay(this::checkPresence, every, every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void unsubscribe() {
        notifications.unsubscribe(subscriber);
        logouts.unsubscribe(logoutSubscriber);
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        if (presenceCheck != null) {
            presenceCheck.cancel(false);
        }
    }

    /**
     * The janitor of presence: a socket that closed while the database could not be written (or a start that could
     * not mark everyone gone) leaves an operator "online" or a visitor "connected" as stored. Compared with the
     * sockets this server really holds; a difference seen in two checks in a row is set right. This server holds
     * every socket of the platform (one server; a second one behind a balancer would need its sockets counted too).
     */
    void checkPresence() {
        try {
            Set<String> heldOperators = Set.copyOf(operators.keySet());
            Set<UUID> heldVisitors = Set.copyOf(visitors.keySet());
            be.clbchat.domain.chat.PresenceCheck.Drift settle = presence.toSettle(
                    chats.presenceDrift(heldOperators, heldVisitors));
            if (!settle.isEmpty()) {
                chats.settle(settle);
            }
        } catch (RuntimeException e) {
            Errors.logAtMostOnceAMinute(e, "Could not compare presence with the sockets held; again in "
                    + presenceCheckSeconds + " s", LOG, System.nanoTime());
        }
    }

    /**
     * Pings every visitor's socket, and tells an operator within seconds when their visitor's line went quiet — a phone
     * that lost its network closes nothing, so without this the operator would learn it only when the socket times
     * out. Nothing is stored: the grace period still starts only when the socket closes. Pings every operator's socket
     * too, and closes one silent for {@link #OPERATOR_SILENT_MS}.
     */
    void heartbeat() {
        try {
            long now = System.nanoTime();
            java.time.Instant wallNow = java.time.Instant.now();
            for (Map.Entry<UUID, Connection> chat : visitors.entrySet()) {
                Connection connection = chat.getValue();
                connection.ping();
                long quiet = connection.silentNanos(now);
                boolean silent = quiet > TimeUnit.MILLISECONDS.toNanos(VISITOR_SILENT_MS);
                UUID id = chat.getKey();
                if (silent && !silentSince.containsKey(id)) {
                    // Noted only once an operator holds the chat and was told; a waiting visitor is asked again.
                    java.time.Instant since = wallNow.minusNanos(quiet);
                    chats.operatorOf(id).ifPresent(operator -> {
                        silentSince.put(id, since);
                        toOperator(operator, Frames.visitorSilent(id, since));
                    });
                } else if (!silent && silentSince.remove(id) != null) {
                    chats.operatorOf(id).ifPresent(operator -> toOperator(operator, Frames.visitorPresence(id, true)));
                }
            }
            silentSince.keySet().retainAll(visitors.keySet());
            for (Map.Entry<String, Set<Connection>> tabs : operators.entrySet()) {
                for (Connection connection : tabs.getValue()) {
                    if (connection.silentNanos(now) > TimeUnit.MILLISECONDS.toNanos(OPERATOR_SILENT_MS)) {
                        LOG.info(() -> "A console socket of " + tabs.getKey() + " answered nothing for "
                                + OPERATOR_SILENT_MS / 1000 + " s: closed, its grace period starts");
                        // On its writer thread, once: a dead socket must not hold up the heartbeat of everyone else.
                        connection.closeInTurn(jakarta.websocket.CloseReason.CloseCodes.GOING_AWAY, "geen antwoord");
                    } else {
                        connection.ping();
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The heartbeat failed; it runs again in " + HEARTBEAT_MS + " ms", e);
        }
    }

    /** A socket of this server, its frames written by the server's managed threads. */
    Connection connection(Session session) {
        return new Connection(session, writers);
    }

    SourceAllowance sources() {
        return sources;
    }

    /**
     * Whether this source may start a chat now. At its limit of waiting chats the database is asked which of them
     * still wait (a chat can leave the queue without this server hearing of it, e.g. on another server or by hand).
     */
    boolean mayStartFrom(String source) {
        long now = System.nanoTime();
        SourceAllowance.Verdict verdict = sources.mayStart(source, now);
        if (verdict == SourceAllowance.Verdict.TOO_MANY_WAITING) {
            sources.stillWaiting(source, chats.stillWaiting(sources.waitingChatsOf(source)));
            verdict = sources.mayStart(source, now);
        }
        return verdict == SourceAllowance.Verdict.ALLOWED;
    }

    /** Whether one more chat may start now. */
    boolean mayStartChat() {
        synchronized (starts) {
            return starts.attempt(System.nanoTime()) == MessageRate.Verdict.ALLOWED;
        }
    }

    /**
     * The chat's socket from now on. An older socket of the chat (another tab, another phone, or whoever else has the
     * token) is told and closed, and the operator hears that the visitor is connected again: nobody reads along
     * unseen.
     */
    void addVisitor(UUID chat, Connection connection) {
        Connection older = visitors.put(chat, connection);
        if (older != null && !older.equals(connection)) {
            older.sendAndClose(Frames.replaced(), jakarta.websocket.CloseReason.CloseCodes.NORMAL_CLOSURE,
                    "elders verder");
            chats.operatorOf(chat).ifPresent(operator -> toOperator(operator, Frames.visitorReconnected(chat)));
        }
    }

    /** Whether this was the chat's socket (false: none, or a newer one took over). */
    boolean removeVisitor(UUID chat, Connection connection) {
        return visitors.remove(chat, connection);
    }

    /** Whether this socket is the chat's: a socket that was taken over may not act for the chat any more. */
    boolean isVisitorOf(UUID chat, Connection connection) {
        return connection.equals(visitors.get(chat));
    }

    /**
     * The operator sockets opened with each login (by {@link be.clbchat.infrastructure.security.LoginKeys}): they close
     * when it is logged out.
     */
    private final Map<String, Set<Connection>> logins = new ConcurrentHashMap<>();

    /** When each operator socket's login ends, it is closed: a console left open does not outlive its login. */
    private final Map<Connection, java.util.concurrent.ScheduledFuture<?>> loginEnds = new ConcurrentHashMap<>();

    @Inject
    private be.clbchat.infrastructure.security.LoginClock loginClock;

    void inLogin(String login, Connection connection) {
        logins.computeIfAbsent(login, key -> ConcurrentHashMap.newKeySet()).add(connection);
        long untilEnd = loginClock.untilEndOf(login).toMillis();
        loginEnds.put(connection, scheduler.schedule(() -> connection.closeInTurn(
                jakarta.websocket.CloseReason.CloseCodes.VIOLATED_POLICY, "aanmelding verlopen"),
                untilEnd, TimeUnit.MILLISECONDS));
    }

    void outOfLogin(String login, Connection connection) {
        java.util.concurrent.ScheduledFuture<?> end = loginEnds.remove(connection);
        if (end != null) {
            end.cancel(false);
        }
        logins.computeIfPresent(login, (key, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * The login was logged out (in the console or the admin pages, {@link be.clbchat.infrastructure.security.Logouts}):
     * the operator sockets opened with it are closed (1008); other logins go on.
     */
    void loggedOut(String login) {
        Set<Connection> connections = logins.remove(login);
        if (connections != null) {
            connections.forEach(connection -> connection.closeInTurn(
                    jakarta.websocket.CloseReason.CloseCodes.VIOLATED_POLICY, "afgemeld"));
        }
    }

    /** Whether this is the operator's first connection. */
    boolean addOperator(String operator, Connection connection) {
        boolean[] first = {false};
        operators.compute(operator, (key, set) -> {
            Set<Connection> connections = set == null ? ConcurrentHashMap.newKeySet() : set;
            first[0] = connections.isEmpty();
            connections.add(connection);
            return connections;
        });
        return first[0];
    }

    /** Whether the operator has no other connection left. */
    boolean removeOperator(String operator, Connection connection) {
        boolean[] last = {false};
        operators.computeIfPresent(operator, (key, set) -> {
            set.remove(connection);
            last[0] = set.isEmpty();
            return set.isEmpty() ? null : set;
        });
        return last[0];
    }

    boolean hasVisitor(UUID chat) {
        return visitors.containsKey(chat);
    }

    boolean hasOperator(String operator) {
        return !operators.getOrDefault(operator, Set.of()).isEmpty();
    }

    void toVisitor(UUID chat, String frame) {
        Connection connection = visitors.get(chat);
        if (connection != null) {
            connection.send(frame);
        }
    }

    void toOperator(String operator, String frame) {
        operators.getOrDefault(operator, Set.of()).forEach(connection -> connection.send(frame));
    }

    /** The "line went quiet" frame for a chat whose visitor is silent now, for a console that was not told yet. */
    java.util.Optional<String> silentHint(UUID chat) {
        return java.util.Optional.ofNullable(silentSince.get(chat)).map(since -> Frames.visitorSilent(chat, since));
    }

    /** Passes "is typing" on; nothing is stored. */
    void typing(UUID chat, Party from) {
        if (from == Party.VISITOR) {
            chats.operatorOf(chat).ifPresent(operator -> toOperator(operator, Frames.typing(chat, Party.VISITOR)));
        } else {
            toVisitor(chat, Frames.typing(null, Party.OPERATOR));
        }
    }

    void on(ChatEvent event) {
        if (event instanceof ChatEvent.QueueChanged) {
            planQueueUpdate();
        } else if (event instanceof ChatEvent.Posted posted) {
            Chat chat = posted.chat();
            String operator = chat.operatorUsername().orElse(null);
            if (posted.message().sender() != Party.VISITOR) {
                toVisitor(chat.id(), Frames.message(null, posted.message()));
            }
            if (posted.message().sender() == Party.SYSTEM) {
                // A hand-over's line: the consoles hear of it in their handover, handedOver and accepted frames.
                return;
            }
            if (offered.contains(chat.id())) {
                // A receiver deciding on a warm offer reads the chat as it goes on.
                tellReceivers();
            }
            if (operator != null) {
                // Also to the operator's other tabs; the tab that sent it gets its ack just after (same seq).
                toOperator(operator, Frames.message(chat.id(), posted.message()));
            }
        } else if (event instanceof ChatEvent.Accepted accepted) {
            Chat chat = accepted.chat();
            sources.leftQueue(chat.id());
            if (accepted.handover().isPresent()) {
                // Taken from the queue it was handed over to (cold): the visitor hears who joined, the operator
                // reads the note.
                toVisitor(chat.id(), HandoverFrames.joined(chat, this::lineName));
                toOperator(chat.operatorUsername().orElseThrow(), HandoverFrames.accepted(chat, accepted.messages(),
                        accepted.handover().get(), accepted.caution(), this::lineName));
            } else {
                toVisitor(chat.id(), Frames.accepted(chat));
                toOperator(chat.operatorUsername().orElseThrow(), Frames.acceptedByOperator(chat,
                        accepted.messages(), accepted.caution()));
            }
            silentHint(chat.id()).ifPresent(hint -> toOperator(chat.operatorUsername().get(), hint));
        } else if (event instanceof ChatEvent.Ended ended) {
            Chat chat = ended.chat();
            sources.leftQueue(chat.id());
            toVisitor(chat.id(), Frames.ended(null, chat));
            chat.operatorUsername().ifPresent(operator -> toOperator(operator, Frames.ended(chat.id(), chat)));
        } else if (event instanceof ChatEvent.Rated rated) {
            rated.chat().operatorUsername().ifPresent(operator -> toOperator(operator,
                    Frames.ratedForOperator(rated.chat())));
        } else if (event instanceof ChatEvent.GivenBack givenBack) {
            toOperator(givenBack.formerOperator(), Frames.givenBack(givenBack.chat().id()));
            lastQueued.remove(givenBack.chat().id());
            toVisitor(givenBack.chat().id(), Frames.requeued());
        } else if (event instanceof ChatEvent.VisitorPresence presence) {
            UUID id = presence.chat().id();
            java.time.Instant silent = presence.connected() ? silentSince.remove(id) : silentSince.get(id);
            if (!presence.connected() && silent != null) {
                // The heartbeat told the operator already, with the same moment: once is enough.
                return;
            }
            // Gone since the line went quiet, when the heartbeat noticed that before the socket closed.
            java.time.Instant since = presence.chat().visitorAwaySince()
                    .map(away -> silent != null && silent.isBefore(away) ? silent : away).orElse(silent);
            presence.chat().operatorUsername().ifPresent(operator -> toOperator(operator,
                    presence.connected() || since == null ? Frames.visitorPresence(id, presence.connected())
                            : Frames.visitorSilent(id, since)));
        } else if (event instanceof ChatEvent.AccessChanged access) {
            lastQueue.remove(access.username());
            if (access.deactivated()) {
                closeOperator(access.username(), "account uitgeschakeld");
            } else {
                planQueueUpdate();
            }
        } else if (event instanceof ChatEvent.SupportChanged support) {
            toOperator(support.request().operator(), SupportFrames.support(support.request(), java.util.List.of()));
            tellSupporters();
        } else if (event instanceof ChatEvent.Whispered whispered) {
            // To the operator only: a whisper has no frame for the visitor.
            toOperator(whispered.request().operator(), SupportFrames.whisper(whispered.whisper()));
        } else if (event instanceof ChatEvent.HandoverChanged changed) {
            be.clbchat.domain.handover.Handover handover = changed.handover();
            if (handover.state() == be.clbchat.domain.handover.HandoverState.WAITING && handover.sharesTranscript()
                    && !handover.movesAtOnce()) {
                offered.add(handover.chatId());
            } else {
                offered.remove(handover.chatId());
            }
            toOperator(handover.fromOperator(), HandoverFrames.forOperator(handover, this::lineName));
            if (handover.state() != be.clbchat.domain.handover.HandoverState.TAKEN
                    && changed.chat().state() != be.clbchat.domain.chat.ChatState.ENDED) {
                // Taken: the visitor hears who joined (handedOver, accepted) instead; ended: nothing to say.
                toVisitor(handover.chatId(), HandoverFrames.forVisitor(handover, this::lineName));
            }
            tellReceivers();
        } else if (event instanceof ChatEvent.HandedOver handed) {
            Chat chat = handed.chat();
            toOperator(handed.formerOperator(), HandoverFrames.left(handed.handover(), chat, this::lineName));
            if (chat.state() == be.clbchat.domain.chat.ChatState.ACTIVE) {
                String receiver = chat.operatorUsername().orElseThrow();
                toOperator(receiver, HandoverFrames.accepted(chat, handed.visible(), handed.handover(),
                        handed.caution(), this::lineName));
                toVisitor(chat.id(), HandoverFrames.joined(chat, this::lineName));
                silentHint(chat.id()).ifPresent(hint -> toOperator(receiver, hint));
            } else {
                // Waiting in the other line's queue now: its position is news again.
                lastQueued.remove(chat.id());
            }
        } else if (event instanceof ChatEvent.OperatorChanged changed) {
            toOperator(changed.operator().username(), changed.what() == ChatEvent.OperatorChanged.What.ALIAS
                    ? Frames.alias(changed.operator()) : Frames.availability(changed.operator()));
        }
    }

    @Inject
    private be.clbchat.application.support.SupportService supports;

    @Inject
    private be.clbchat.application.handover.HandoverService handovers;

    @Inject
    private be.clbchat.application.line.LineService lines;

    /** The chats offered warm with what was said: their new messages reach the offers too. */
    private final Set<UUID> offered = ConcurrentHashMap.newKeySet();

    /** What each console was last told of the hand-overs it could take. */
    private final Map<String, String> lastOffers = new ConcurrentHashMap<>();

    /** A line's name for the frames; its code when it cannot be read. */
    String lineName(String code) {
        try {
            return lines.line(code).name();
        } catch (RuntimeException e) {
            return code;
        }
    }

    /** Every console hears the warm hand-overs it could take now, when that changed for it. */
    private void tellReceivers() {
        lastOffers.keySet().retainAll(operators.keySet());
        for (String operator : operators.keySet()) {
            offersFrame(operator).ifPresent(frame -> {
                if (!frame.equals(lastOffers.put(operator, frame))) {
                    toOperator(operator, frame);
                }
            });
        }
    }

    /** The "handoverOffers" frame of a console that opens; remembered as told. */
    java.util.Optional<String> welcomeOffers(String operator) {
        java.util.Optional<String> frame = offersFrame(operator);
        frame.ifPresent(told -> lastOffers.put(operator, told));
        return frame;
    }

    private java.util.Optional<String> offersFrame(String operator) {
        try {
            return java.util.Optional.of(HandoverFrames.offers(handovers.offersFor(operator), this::lineName));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not tell " + operator + " of the hand-overs offered", e);
            return java.util.Optional.empty();
        }
    }

    /** What each supporter's console was last told of the requests for support waiting. */
    private final Map<String, String> lastWanted = new ConcurrentHashMap<>();

    /**
     * Every supporter in the console hears how many requests for support wait (a badge and a sound there; taking one
     * is on the live board). Sent only when it changed for them.
     */
    private void tellSupporters() {
        lastWanted.keySet().retainAll(operators.keySet());
        for (String operator : operators.keySet()) {
            wantedFrame(operator).ifPresent(frame -> {
                if (!frame.equals(lastWanted.put(operator, frame))) {
                    toOperator(operator, frame);
                }
            });
        }
    }

    /** The "supportWanted" frame of a console that opens, when its operator is a supporter; remembered as told. */
    java.util.Optional<String> welcomeWanted(String operator) {
        java.util.Optional<String> frame = wantedFrame(operator);
        frame.ifPresent(told -> lastWanted.put(operator, told));
        return frame;
    }

    /** The "supportWanted" frame for this operator, when they are a supporter (anyone else is answered 404). */
    private java.util.Optional<String> wantedFrame(String operator) {
        try {
            return java.util.Optional.of(SupportFrames.wanted(supports.forSupporter(operator)));
        } catch (be.clbchat.domain.Refusal noSupporter) {
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not tell " + operator + " of the requests for support", e);
            return java.util.Optional.empty();
        }
    }

    private void planQueueUpdate() {
        if (queueUpdatePlanned.compareAndSet(false, true)) {
            scheduler.schedule(this::sendQueue, QUEUE_UPDATE_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Every waiting visitor gets their position and estimate, every operator the queue. One at a time, so that an
     * older view of the queue is never sent after a newer one.
     */
    private synchronized void sendQueue() {
        queueUpdatePlanned.set(false);
        try {
            ChatService.Queue queue = chats.queue();
            Set<UUID> waitingNow = new HashSet<>();
            for (ChatService.Waiting waiting : queue.items()) {
                UUID chat = waiting.chat().id();
                waitingNow.add(chat);
                if (visitors.containsKey(chat)) {
                    String frame = Frames.queued(waiting, null);
                    if (!frame.equals(lastQueued.put(chat, frame))) {
                        toVisitor(chat, frame);
                    }
                }
            }
            lastQueued.keySet().retainAll(waitingNow);
            // Each operator sees the queues of the lines whose team they are in, and nothing of the others.
            Map<String, Set<String>> linesOf = operators.isEmpty() ? Map.of() : chats.linesOf(operators.keySet());
            for (Map.Entry<String, Set<Connection>> operator : operators.entrySet()) {
                String frame = Frames.queue(queue.forLines(linesOf.getOrDefault(operator.getKey(), Set.of())));
                if (!frame.equals(lastQueue.put(operator.getKey(), frame))) {
                    operator.getValue().forEach(connection -> connection.send(frame));
                }
            }
            lastQueue.keySet().retainAll(operators.keySet());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send the queue to visitors and operators; trying again", e);
            planQueueUpdate();
        }
    }

    /** The visitor's place in the queue now, for the first answer after start or resume. */
    String queuedFrame(UUID chat, String resumeToken) {
        ChatService.Queue queue = chats.queue();
        return queue.items().stream().filter(waiting -> waiting.chat().id().equals(chat)).findFirst()
                .map(waiting -> {
                    lastQueued.put(chat, Frames.queued(waiting, null));
                    return Frames.queued(waiting, resumeToken);
                })
                .orElse(null);
    }

    /** The queues an operator sees: those of the lines whose team they are in. */
    ChatService.Queue queueFor(String operator) {
        Set<String> lines = chats.linesOf(Set.of(operator)).getOrDefault(operator, Set.of());
        return chats.queue().forLines(lines);
    }

    /** Closes every connection of an operator, e.g. when their account was deactivated. */
    void closeOperator(String operator, String reason) {
        operators.getOrDefault(operator, Set.of()).forEach(connection ->
                connection.close(jakarta.websocket.CloseReason.CloseCodes.VIOLATED_POLICY, reason));
    }
}
