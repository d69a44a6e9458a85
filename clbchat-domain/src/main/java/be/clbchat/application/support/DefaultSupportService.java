package be.clbchat.application.support;

import be.clbchat.application.chat.ChatEvent;
import be.clbchat.application.quality.LiveBoardService;
import be.clbchat.application.quality.TranscriptRetention;
import be.clbchat.application.chat.ChatSettings;
import be.clbchat.application.line.LineService;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.box.BoxRepository;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatRepository;
import be.clbchat.domain.chat.ChatState;
import be.clbchat.domain.quality.QualityRepository;
import be.clbchat.domain.quality.TranscriptAccess;
import be.clbchat.domain.quality.TranscriptRead;
import be.clbchat.domain.quality.TranscriptReason;
import be.clbchat.domain.staff.StaffAccount;
import be.clbchat.domain.staff.StaffAccountRepository;
import be.clbchat.domain.staff.Username;
import be.clbchat.domain.support.SupportRepository;
import be.clbchat.domain.support.SupportRequest;
import be.clbchat.domain.support.SupportState;
import be.clbchat.domain.support.Whisper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class DefaultSupportService implements SupportService {

    /** How long a closed request stays in someone's list ("Mijn ondersteuning"). */
    static final Duration CLOSED_SHOWN = Duration.ofDays(30);
    private static final int MAX_MINE = 50;

    @Inject
    private SupportRepository support;

    @Inject
    private ChatRepository chats;

    @Inject
    private BoxRepository boxes;

    @Inject
    private LineService lines;

    @Inject
    private LiveBoardService board;

    @Inject
    private QualityRepository quality;

    @Inject
    private StaffAccountRepository accounts;

    @Inject
    private TranscriptRetention retention;

    @Inject
    private ChatSettings settings;

    @Inject
    private Event<ChatEvent> events;

    @Inject
    private Clock clock;

    @Override
    public SupportRequest ask(String operator, UUID chatId, String note, boolean urgent) {
        Chat chat = chats.lock(chatId).filter(found -> found.heldBy(operator))
                .orElseThrow(() -> Refusal.notFound("unknown-chat", "Dit gesprek is niet van jou."));
        if (chat.state() != ChatState.ACTIVE) {
            throw Refusal.conflict("chat-ended", "Het gesprek is voorbij: ondersteuning vragen kan niet meer.");
        }
        if (boxes.find(chat.lineCode()).isPresent()) {
            throw Refusal.conflict("box-chat", "In een box van een CLB steunt je eigen CLB-team je; ondersteuning"
                    + " vragen kan in een chat van CLBch@t.");
        }
        if (support.openOfChat(chatId.toString()).isPresent()) {
            throw Refusal.conflict("support-asked", "Je vroeg al ondersteuning voor dit gesprek.");
        }
        SupportRequest request = new SupportRequest(chatId.toString(), chat.lineCode(), operator,
                chat.operatorAlias().orElse(operator), note, urgent, clock.instant());
        support.add(request);
        events.fire(new ChatEvent.SupportChanged(request));
        return request;
    }

    @Override
    public SupportRequest withdraw(String operator, long requestId) {
        SupportRequest request = support.lock(requestId).filter(found -> found.operator().equals(operator))
                .orElseThrow(DefaultSupportService::unknown);
        request.withdraw(operator, clock.instant());
        events.fire(new ChatEvent.SupportChanged(request));
        return request;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Listed> forSupporter(String supporter) {
        LiveBoardService.Scope scope = scope(supporter).orElseThrow(DefaultSupportService::unknown);
        List<Listed> shown = new java.util.ArrayList<>();
        java.util.Map<String, String> names = null;
        for (SupportRequest request : support.notClosed()) {
            if (!visible(scope, request)) {
                continue;
            }
            boolean going = !afterTheChat(request);
            // Once taken, it is the taker's: the others saw it taken, and it leaves their board with its chat.
            if (request.state() == SupportState.OPEN || request.supportedBy(supporter) || going) {
                if (names == null) {
                    names = lines.allLines().stream()
                            .collect(java.util.stream.Collectors.toMap(Line::code, Line::name, (a, b) -> a));
                }
                shown.add(new Listed(request, names.getOrDefault(request.lineCode(), request.lineCode()), going));
            }
        }
        return shown;
    }

    @Override
    public ReadAlong take(String supporter, long requestId) {
        LiveBoardService.Scope scope = scope(supporter).orElseThrow(DefaultSupportService::unknown);
        SupportRequest request = support.lock(requestId).filter(found -> visible(scope, found))
                .orElseThrow(DefaultSupportService::unknown);
        // Taken or closed first (who has it is what the loser needs to hear); a chat that ended meanwhile undoes it.
        request.take(supporter, displayName(supporter), clock.instant());
        Chat chat = going(request);
        events.fire(new ChatEvent.SupportChanged(request));
        return read(supporter, request, chat);
    }

    @Override
    public ReadAlong readAlong(String supporter, long requestId) {
        SupportRequest request = support.find(requestId).filter(found -> found.supportedBy(supporter))
                .orElseThrow(DefaultSupportService::unknown);
        return read(supporter, request, going(request));
    }

    @Override
    public Whisper whisper(String supporter, long requestId, String text) {
        SupportRequest request = support.find(requestId).filter(found -> found.supportedBy(supporter))
                .orElseThrow(DefaultSupportService::unknown);
        going(request);
        Whisper whisper = request.whisper(supporter, text, clock.instant());
        support.add(whisper);
        events.fire(new ChatEvent.Whispered(request, whisper));
        return whisper;
    }

    @Override
    public SupportRequest note(String username, long requestId, String text) {
        SupportRequest request = involved(username, requestId);
        request.note(username, text, afterTheChat(request));
        events.fire(new ChatEvent.SupportChanged(request));
        return request;
    }

    @Override
    public SupportRequest close(String username, long requestId) {
        SupportRequest request = involved(username, requestId);
        request.close(username, afterTheChat(request), clock.instant());
        events.fire(new ChatEvent.SupportChanged(request));
        // Nothing holds the transcript any more: gone now if its retention period is over.
        retention.forgetIfDue(UUID.fromString(request.chatId()));
        return request;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Case> mine(String username) {
        return support.of(username, clock.instant().minus(CLOSED_SHOWN), MAX_MINE).stream()
                .map(request -> new Case(request, request.supporter().isPresent()
                        ? support.whispers(request.id()) : List.of()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Case> ofChat(String operator, UUID chatId) {
        return support.openOfChat(chatId.toString()).filter(request -> request.operator().equals(operator))
                .map(request -> new Case(request, support.whispers(request.id())));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void chatLeftOperator(UUID chatId) {
        support.openOfChat(chatId.toString()).filter(request -> request.state() == SupportState.OPEN)
                .flatMap(request -> support.lock(request.id()))
                .filter(request -> request.chatEnded(clock.instant()))
                .ifPresent(request -> events.fire(new ChatEvent.SupportChanged(request)));
    }

    /** The chat of the request while it goes on with the operator who asked; else a 409. */
    private Chat going(SupportRequest request) {
        return chats.find(UUID.fromString(request.chatId()))
                .filter(chat -> chat.state() == ChatState.ACTIVE && chat.heldBy(request.operator()))
                .orElseThrow(() -> Refusal.conflict("chat-ended", "Het gesprek is voorbij: meelezen en fluisteren"
                        + " kan niet meer."));
    }

    /** The chat so far for the supporter who took the request, written to the audit log (read-along). */
    private ReadAlong read(String supporter, SupportRequest request, Chat chat) {
        Instant now = clock.instant();
        TranscriptAccess.Chat facts = new TranscriptAccess.Chat(chat.lineCode(), chat.operatorUsername(),
                chat.endedAt(), false, false, request.supporter());
        TranscriptAccess.Reader reader = new TranscriptAccess.Reader(supporter, false, Set.of());
        if (!TranscriptAccess.reasons(reader, facts, now, settings.retention()).contains(TranscriptReason.READ_ALONG)) {
            throw unknown();
        }
        quality.add(new TranscriptRead(request.chatId(), chat.lineCode(), supporter, now,
                TranscriptReason.READ_ALONG));
        return new ReadAlong(request, chat, chats.messagesAfter(chat.id(), 0), support.whispers(request.id()));
    }

    private SupportRequest involved(String username, long requestId) {
        return support.lock(requestId).filter(request -> request.operator().equals(username)
                        || request.supporter().filter(username::equals).isPresent())
                .orElseThrow(DefaultSupportService::unknown);
    }

    /** After the chat for this request: ended, or no longer with the operator who asked (given back). */
    private boolean afterTheChat(SupportRequest request) {
        return chats.find(UUID.fromString(request.chatId()))
                .map(chat -> chat.state() == ChatState.ENDED || !chat.heldBy(request.operator())).orElse(true);
    }

    private Optional<LiveBoardService.Scope> scope(String username) {
        try {
            return Optional.of(board.scopeOf(username));
        } catch (Refusal notOnTheBoard) {
            return Optional.empty();
        }
    }

    private static boolean visible(LiveBoardService.Scope scope, SupportRequest request) {
        return scope.everyLine() || scope.lines().contains(request.lineCode());
    }

    private String displayName(String username) {
        return Username.ifValid(username).flatMap(accounts::find).map(StaffAccount::displayName)
                .filter(name -> !name.isBlank()).orElse(username);
    }

    private static Refusal unknown() {
        return Refusal.notFound("unknown-support", "Deze vraag om ondersteuning bestaat niet of is niet voor jou.");
    }
}
