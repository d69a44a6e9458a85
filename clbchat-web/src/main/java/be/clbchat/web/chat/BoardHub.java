package be.clbchat.web.chat;

import be.clbchat.application.chat.ChatEvent;
import be.clbchat.application.chat.ChatNotifications;
import be.clbchat.application.quality.LiveBoardService;
import be.clbchat.application.support.SupportService;
import be.clbchat.domain.quality.LiveBoard;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live board's sockets and what they are sent: after every change of a queue, a chat or someone's presence
 * (heard after commit), gathered for {@link #UPDATE_DELAY_MS}, each board gets the board of its scope — once per scope,
 * and only when it differs from what that socket was last sent. Every {@link #REFRESH_MS} anyway, for the roster block
 * that begins or ends; durations the page counts on by itself.
 *
 * <p>The board is also where supporters get the requests for support: the list after every change of one, and for
 * the one who took a request the chat read along — each message of it as it is posted, and the whispers.
 */
@ApplicationScoped
public class BoardHub {

    private static final Logger LOG = Logger.getLogger(BoardHub.class.getName());
    static final long UPDATE_DELAY_MS = 150;
    static final long REFRESH_MS = 15_000;

    private final Map<Connection, LiveBoardService.Scope> boards = new ConcurrentHashMap<>();
    /** Who is logged in on each board socket. */
    private final Map<Connection, String> viewers = new ConcurrentHashMap<>();
    /** The chats read along now: chat id to the request taken for it. */
    private final Map<String, ReadAlong> readAlongs = new ConcurrentHashMap<>();

    /** A chat read along by {@code supporter} for request {@code requestId}. */
    private record ReadAlong(long requestId, String supporter) {
    }
    private final Map<Connection, String> lastSent = new ConcurrentHashMap<>();
    private final AtomicBoolean planned = new AtomicBoolean();
    private final Consumer<ChatEvent> subscriber = this::on;
    private ScheduledFuture<?> refresh;

    @Inject
    private ChatNotifications notifications;

    @Inject
    private LiveBoardService board;

    @Inject
    private SupportService support;

    @Inject
    private Clock clock;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @PostConstruct
    void subscribe() {
        notifications.subscribe(subscriber);
        refresh = scheduler.scheduleWithFixedDelay(this::refresh, REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void unsubscribe() {
        notifications.unsubscribe(subscriber);
        if (refresh != null) {
            refresh.cancel(false);
        }
    }

    /**
     * A board socket of {@code viewer} from now on, with its first board, the requests for support and, for each one
     * they took whose chat goes on, the chat read along (audited).
     */
    void add(Connection connection, String viewer, LiveBoardService.Scope scope) {
        String frame = frame(board.board(scope));
        boards.put(connection, scope);
        viewers.put(connection, viewer);
        lastSent.put(connection, frame);
        List<String> first = new java.util.ArrayList<>();
        first.add(frame);
        List<SupportService.Listed> requests = support.forSupporter(viewer);
        first.add(SupportFrames.requests(viewer, requests));
        for (SupportService.Listed listed : requests) {
            if (listed.chatGoing() && listed.request().supportedBy(viewer)) {
                try {
                    SupportService.ReadAlong read = support.readAlong(viewer, listed.request().id());
                    readAlongs.put(read.request().chatId(), new ReadAlong(read.request().id(), viewer));
                    first.add(SupportFrames.readAlong(read));
                } catch (be.clbchat.domain.Refusal endedMeanwhile) {
                    // The chat ended between the two reads: its readAlongEnded follows the list.
                }
            }
        }
        first.forEach(connection::send);
    }

    void remove(Connection connection) {
        boards.remove(connection);
        viewers.remove(connection);
        lastSent.remove(connection);
    }

    /** The supporter took a request: every board of theirs reads the chat along from now on. */
    void tookRequest(String supporter, SupportService.ReadAlong read) {
        readAlongs.put(read.request().chatId(), new ReadAlong(read.request().id(), supporter));
        toViewer(supporter, SupportFrames.readAlong(read));
    }

    void toViewer(String viewer, String frame) {
        viewers.forEach((connection, name) -> {
            if (name.equals(viewer)) {
                connection.send(frame);
            }
        });
    }

    void on(ChatEvent event) {
        if (event instanceof ChatEvent.Posted posted) {
            ReadAlong along = readAlongs.get(posted.chat().id().toString());
            if (along != null) {
                toViewer(along.supporter(), SupportFrames.readAlongMessage(along.requestId(),
                        posted.chat().id().toString(), posted.message()));
            }
            return;  // a message changes nothing the board shows
        }
        if (event instanceof ChatEvent.Whispered whispered) {
            whispered.request().supporter().ifPresent(supporter -> toViewer(supporter,
                    SupportFrames.whisper(whispered.whisper())));
            return;
        }
        if (event instanceof ChatEvent.SupportChanged changed) {
            if (changed.request().state() != be.clbchat.domain.support.SupportState.TAKEN) {
                readAlongs.remove(changed.request().chatId());
            }
            sendRequests();
            return;
        }
        if (event instanceof ChatEvent.Ended || event instanceof ChatEvent.GivenBack
                || event instanceof ChatEvent.HandedOver) {
            // Reading along is for the operator who asked: it ends when the chat leaves them, also by a hand-over.
            String chat = (event instanceof ChatEvent.Ended ended ? ended.chat()
                    : event instanceof ChatEvent.GivenBack givenBack ? givenBack.chat()
                    : ((ChatEvent.HandedOver) event).chat()).id().toString();
            ReadAlong along = readAlongs.remove(chat);
            if (along != null) {
                toViewer(along.supporter(), SupportFrames.readAlongEnded(along.requestId(), chat));
                sendRequests();
            }
        }
        if (event instanceof ChatEvent.Rated || boards.isEmpty()) {
            return;  // a rating changes nothing the board shows
        }
        if (planned.compareAndSet(false, true)) {
            scheduler.schedule(this::send, UPDATE_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Each board its list of requests for support: once per person, to each of their sockets. */
    private synchronized void sendRequests() {
        Map<String, String> frames = new HashMap<>();
        viewers.forEach((connection, viewer) -> {
            try {
                connection.send(frames.computeIfAbsent(viewer,
                        name -> SupportFrames.requests(name, support.forSupporter(name))));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not send the requests for support to the board of " + viewer, e);
            }
        });
    }

    /** The board sockets are pinged (a quiet board would reach the idle timeout) and sent what changed. */
    private void refresh() {
        boards.keySet().forEach(Connection::ping);
        send();
    }

    /** One at a time, so that an older board is never sent after a newer one. */
    private synchronized void send() {
        planned.set(false);
        if (boards.isEmpty()) {
            return;
        }
        try {
            Map<LiveBoardService.Scope, String> frames = new HashMap<>();
            for (Map.Entry<Connection, LiveBoardService.Scope> open : boards.entrySet()) {
                String frame = frames.computeIfAbsent(open.getValue(), scope -> frame(board.board(scope)));
                if (!frame.equals(lastSent.put(open.getKey(), frame))) {
                    open.getKey().send(frame);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send the live board; again in " + REFRESH_MS / 1000 + " s", e);
        }
    }

    /**
     * The board as its frame: per line the queue (and since when its longest wait), the team online, the chats going
     * on (since when) and the roster block of now. Times as instants, so that the page counts on by itself.
     */
    String frame(List<LiveBoard.LineView> lines) {
        Instant now = clock.instant();
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (LiveBoard.LineView line : lines) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("code", line.code()).add("name", line.name())
                    .add("waiting", line.waiting()).add("medicalOnline", line.medicalOnline());
            line.longestWait().ifPresent(wait -> json.add("waitingSince", now.minus(wait).toString()));
            JsonArrayBuilder operators = Json.createArrayBuilder();
            line.operators().forEach(operator -> operators.add(Json.createObjectBuilder()
                    .add("alias", operator.alias()).add("discipline", operator.discipline())
                    .add("medical", operator.medical()).add("available", operator.available())
                    .add("chats", operator.chats())));
            JsonArrayBuilder chats = Json.createArrayBuilder();
            line.chats().forEach(chat -> chats.add(Json.createObjectBuilder()
                    .add("operatorAlias", chat.operatorAlias()).add("since", chat.since().toString())));
            json.add("operators", operators).add("chats", chats);
            line.roster().ifPresent(roster -> json.add("roster", Json.createObjectBuilder()
                    .add("start", roster.start().toString()).add("end", roster.end().toString())
                    .add("planned", roster.planned()).add("plannedOnline", roster.plannedOnline())
                    .add("summary", roster.summary())));
            array.add(json);
        }
        // No moment in the frame: a board that did not change is not sent again.
        return Json.createObjectBuilder().add("type", "board").add("lines", array)
                .add("longestChatMinutes", LiveBoard.LONGEST_CHAT.toMinutes()).build().toString();
    }
}
