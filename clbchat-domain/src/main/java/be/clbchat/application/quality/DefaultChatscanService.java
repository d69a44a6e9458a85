package be.clbchat.application.quality;

import be.clbchat.application.chat.ChatSettings;
import be.clbchat.application.clb.ClbScopes;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatRepository;
import be.clbchat.domain.quality.Chatscan;
import be.clbchat.domain.quality.ChatscanDraw;
import be.clbchat.domain.quality.ChatscanItem;
import be.clbchat.domain.quality.ChatscanOrigin;
import be.clbchat.domain.quality.ChatscanPeriod;
import be.clbchat.domain.quality.ChatscanSetting;
import be.clbchat.domain.quality.QualityRepository;
import be.clbchat.domain.quality.TranscriptReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Logger;

@ApplicationScoped
@Transactional
public class DefaultChatscanService implements ChatscanService {

    private static final Logger LOG = Logger.getLogger(DefaultChatscanService.class.getName());
    private static final String WHO = "beheren de chatscan";

    @Inject
    private QualityRepository quality;

    @Inject
    private ChatRepository chats;

    @Inject
    private TranscriptService transcripts;

    @Inject
    private TranscriptRetention retention;

    @Inject
    private ClbScopes scopes;

    @Inject
    private ChatSettings settings;

    @Inject
    private Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChatscanSetting setting() {
        return quality.setting();
    }

    @Override
    public void changeSetting(String caller, int periodMonths, int perOperator) {
        scopes.of(caller).requireEveryClb(WHO);
        quality.lockSetting().change(periodMonths, perOperator, caller, clock.instant());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChatscanItem> items(boolean withRetired) {
        return quality.items(withRetired);
    }

    @Override
    public ChatscanItem addItem(String caller, String text, boolean scored) {
        scopes.of(caller).requireEveryClb(WHO);
        int last = quality.items(true).stream().mapToInt(ChatscanItem::position).max().orElse(0);
        ChatscanItem item = new ChatscanItem(text, scored, last + 10, caller, clock.instant());
        quality.add(item);
        return item;
    }

    @Override
    public ChatscanItem changeItem(String caller, long id, String text, boolean scored) {
        scopes.of(caller).requireEveryClb(WHO);
        ChatscanItem item = knownItem(id);
        item.change(text, scored, caller, clock.instant());
        return item;
    }

    @Override
    public void retireItem(String caller, long id) {
        scopes.of(caller).requireEveryClb(WHO);
        knownItem(id).retire(caller, clock.instant());
    }

    private ChatscanItem knownItem(long id) {
        return quality.item(id).filter(ChatscanItem::active)
                .orElseThrow(() -> Refusal.notFound("unknown-item", "Dit onderdeel van het formulier bestaat niet."));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChatscanPeriod period(String key) {
        int months = quality.setting().periodMonths();
        if (key == null || key.isBlank()) {
            return ChatscanPeriod.containing(today(), months).previous();
        }
        return ChatscanPeriod.parse(key.strip(), months);
    }

    @Override
    public int draw(String caller, ChatscanPeriod period) {
        scopes.of(caller).requireEveryClb(WHO);
        if (period.end().isAfter(today())) {
            throw Refusal.conflict("period-running", "Deze periode loopt nog tot " + period.end().minusDays(1)
                    + ": er wordt getrokken als ze voorbij is.");
        }
        return drawLocked(period);
    }

    @Override
    public int drawDue() {
        ChatscanSetting setting = quality.setting();
        return drawLocked(ChatscanPeriod.containing(today(), setting.periodMonths()).previous());
    }

    /** One draw at a time (the job, a coordinator's button): the setting's row lock orders them. */
    private int drawLocked(ChatscanPeriod period) {
        ChatscanSetting setting = quality.lockSetting();
        Map<String, Long> drawn = new TreeMap<>();
        for (Chatscan scan : quality.chatscans(period.start())) {
            if (scan.origin() == ChatscanOrigin.DRAWN) {
                drawn.merge(scan.operator(), 1L, Long::sum);
            }
        }
        Instant now = clock.instant();
        int added = 0;
        for (Map.Entry<String, List<String>> entry : quality.drawCandidates(start(period), end(period)).entrySet()) {
            int wanted = (int) (setting.perOperator() - drawn.getOrDefault(entry.getKey(), 0L));
            for (String chatId : ChatscanDraw.draw(period, entry.getValue(), wanted)) {
                Chat chat = chats.find(UUID.fromString(chatId)).orElseThrow();
                quality.add(new Chatscan(chatId, chat.lineCode(), entry.getKey(), period, ChatscanOrigin.DRAWN, "",
                        now));
                added++;
            }
        }
        if (added > 0) {
            int count = added;
            LOG.info(() -> "Chatscan: drew " + count + " chats for " + period.label() + ".");
        }
        return added;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Overview overview(String caller, ChatscanPeriod period) {
        scopes.of(caller).requireEveryClb(WHO);
        List<Chatscan> scans = quality.chatscans(period.start());
        Map<String, Long> chatted = quality.chatsPerOperator(start(period), end(period));
        TreeSet<String> operators = new TreeSet<>(chatted.keySet());
        scans.forEach(scan -> operators.add(scan.operator()));
        List<OperatorRow> rows = new ArrayList<>();
        for (String operator : operators) {
            List<Chatscan> own = scans.stream().filter(scan -> scan.operator().equals(operator)).toList();
            long done = own.stream().filter(scan -> scan.state().done()).count();
            rows.add(new OperatorRow(operator, chatted.getOrDefault(operator, 0L), own.size(), done,
                    own.size() - done));
        }
        return new Overview(period, quality.setting().perOperator(), rows, scans);
    }

    @Override
    public Review review(String caller, long id) {
        scopes.of(caller).requireEveryClb(WHO);
        Chatscan scan = quality.chatscan(id).orElseThrow(DefaultChatscanService::unknown);
        Optional<TranscriptService.Transcript> transcript;
        try {
            transcript = Optional.of(transcripts.read(caller, UUID.fromString(scan.chatId()),
                    Optional.of(TranscriptReason.CHATSCAN)));
        } catch (Refusal refusal) {
            if (!"transcript-deleted".equals(refusal.code())) {
                throw refusal;
            }
            transcript = Optional.empty();
        }
        return new Review(scan, transcript, quality.items(false));
    }

    @Override
    public Chatscan send(String caller, long id, Map<Long, Integer> scores, Map<Long, String> comments,
                         String feedback) {
        scopes.of(caller).requireEveryClb(WHO);
        Chatscan scan = quality.lockChatscan(id).orElseThrow(DefaultChatscanService::unknown);
        List<Chatscan.ItemFeedback> items = quality.items(false).stream()
                .map(item -> new Chatscan.ItemFeedback(item, scores.get(item.id()), comments.get(item.id())))
                .toList();
        scan.send(caller, items, feedback, clock.instant());
        retention.forgetIfDue(UUID.fromString(scan.chatId()));
        return scan;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OwnChat> ownChats(String caller) {
        List<OwnChat> own = new ArrayList<>();
        for (String id : quality.endedChatsOf(caller, clock.instant().minus(settings.retention()), 50)) {
            chats.find(UUID.fromString(id)).ifPresent(chat -> own.add(new OwnChat(chat.id(), chat.lineCode(),
                    chat.visitor().nickname(), chat.endedAt().orElseThrow(), quality.chatscanOfChat(id))));
        }
        return own;
    }

    @Override
    public Chatscan request(String caller, UUID chatId, String note) {
        Chat chat = chats.find(chatId).filter(found -> found.operatorUsername().filter(caller::equals).isPresent())
                .orElseThrow(() -> Refusal.notFound("unknown-chat", "Dit gesprek bestaat niet of is niet van jou."));
        Instant ended = chat.endedAt().orElseThrow(() -> Refusal.conflict("chat-not-ended",
                "Vraag feedback als het gesprek voorbij is."));
        if (chat.transcriptDeletedAt().isPresent() || !ended.plus(settings.retention()).isAfter(clock.instant())) {
            throw Refusal.conflict("transcript-deleted", "De tekst van dit gesprek is al gewist: er valt niets meer"
                    + " te lezen.");
        }
        if (quality.chatscanOfChat(chatId.toString()).isPresent()) {
            throw Refusal.conflict("chatscan-exists", "Dit gesprek zit al in de chatscan.");
        }
        Chatscan scan = new Chatscan(chatId.toString(), chat.lineCode(), caller,
                quality.setting().periodOf(LocalDate.ofInstant(ended, ChatscanPeriod.ZONE)), ChatscanOrigin.REQUESTED,
                note, clock.instant());
        quality.add(scan);
        return scan;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Chatscan> mine(String caller) {
        return quality.chatscansOf(caller).stream()
                .filter(scan -> scan.state().done() || scan.origin() == ChatscanOrigin.REQUESTED).toList();
    }

    @Override
    public Chatscan answer(String caller, long id, String text) {
        Chatscan scan = quality.lockChatscan(id).filter(found -> found.operator().equals(caller))
                .orElseThrow(DefaultChatscanService::unknown);
        scan.answer(caller, text, clock.instant());
        return scan;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ChatscanPeriod.ZONE);
    }

    private static Instant start(ChatscanPeriod period) {
        return period.start().atStartOfDay(ChatscanPeriod.ZONE).toInstant();
    }

    private static Instant end(ChatscanPeriod period) {
        return period.end().atStartOfDay(ChatscanPeriod.ZONE).toInstant();
    }

    private static Refusal unknown() {
        return Refusal.notFound("unknown-chatscan", "Deze chatscan bestaat niet.");
    }
}
