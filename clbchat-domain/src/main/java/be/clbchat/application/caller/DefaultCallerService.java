package be.clbchat.application.caller;

import be.clbchat.application.clb.ClbScopes;
import be.clbchat.application.quality.TranscriptRetention;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.caller.CallerBlock;
import be.clbchat.domain.caller.CallerCaution;
import be.clbchat.domain.caller.CallerRepository;
import be.clbchat.domain.caller.FakeCallMark;
import be.clbchat.domain.caller.MarkState;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatRepository;
import be.clbchat.domain.registration.Registration;
import be.clbchat.domain.registration.RegistrationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

@ApplicationScoped
@Transactional
public class DefaultCallerService implements CallerService {

    private static final Logger LOG = Logger.getLogger(DefaultCallerService.class.getName());
    /** How far back the review page shows decisions. */
    static final Duration DECIDED_SHOWN = Duration.ofDays(31);
    private static final String WHO = "beoordelen meldingen van nepoproepen";

    @Inject
    private CallerRepository callers;

    @Inject
    private ChatRepository chats;

    @Inject
    private RegistrationRepository registrations;

    @Inject
    private ClbScopes scopes;

    @Inject
    private Clock clock;

    /** A decided mark no longer holds its chat's transcript past the retention period. */
    @Inject
    private TranscriptRetention retention;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Review review(String caller) {
        scopes.of(caller).requireEveryClb(WHO);
        Instant now = clock.instant();
        List<CallerBlock> blocks = callers.activeBlocks(now);
        List<MarkView> pending = callers.pending(now).stream().map(mark -> view(mark, blocks, now)).toList();
        List<MarkView> active = callers.activeMarks(now).stream().map(mark -> view(mark, blocks, now)).toList();
        List<MarkView> decided = callers.reviewedSince(now.minus(DECIDED_SHOWN)).stream()
                .filter(mark -> !mark.activeAt(now)).map(mark -> view(mark, blocks, now)).toList();
        return new Review(pending, active, blocks, decided);
    }

    private MarkView view(FakeCallMark mark, List<CallerBlock> blocks, Instant now) {
        Optional<Registration> registration = registrations.find(mark.chatId());
        String alias = chats.find(UUID.fromString(mark.chatId())).flatMap(Chat::operatorAlias).orElse(mark.markedBy());
        int earlier = mark.pseudonymHash().map(hash -> (int) callers.activeMarks(hash, now).stream()
                .filter(other -> !other.chatId().equals(mark.chatId())).count()).orElse(0);
        boolean blocked = mark.pseudonymHash().map(hash -> blocks.stream()
                .anyMatch(block -> block.pseudonymHash().filter(hash::equals).isPresent())).orElse(false);
        return new MarkView(mark, alias, registration.map(Registration::themes).map(List::copyOf).orElse(List.of()),
                registration.map(found -> found.draft().note()).orElse(""), earlier, blocked);
    }

    @Override
    public FakeCallMark accept(String caller, UUID chat, String note, int days) {
        scopes.of(caller).requireEveryClb(WHO);
        FakeCallMark mark = lockedMark(chat);
        Instant now = clock.instant();
        if (mark.state() == MarkState.PENDING && mark.expiredAt(now)) {
            throw Refusal.conflict("mark-expired", "Deze melding wachtte langer dan "
                    + FakeCallMark.REVIEW_WITHIN.toDays() + " dagen en is vervallen: er valt niets meer te markeren.");
        }
        mark.accept(caller, note, days, now);
        retention.forgetIfDue(chat);
        return mark;
    }

    @Override
    public FakeCallMark reject(String caller, UUID chat, String note) {
        scopes.of(caller).requireEveryClb(WHO);
        FakeCallMark mark = lockedMark(chat);
        mark.reject(caller, note, clock.instant());
        retention.forgetIfDue(chat);
        return mark;
    }

    @Override
    public CallerBlock block(String caller, UUID chat, int days, String note) {
        scopes.of(caller).requireEveryClb(WHO);
        FakeCallMark mark = lockedMark(chat);
        Instant now = clock.instant();
        if (!mark.activeAt(now)) {
            throw Refusal.conflict("mark-not-active", "Blokkeer pas na een aanvaarde melding die nog geldt.");
        }
        String hash = mark.pseudonymHash().orElseThrow(() -> Refusal.conflict("no-pseudonym", "Van dit gesprek is "
                + "geen pseudoniem (meer) bekend: de browser gaf er geen, of de melding is verlopen. Er valt niets te "
                + "blokkeren."));
        if (callers.blocked(hash, now)) {
            throw Refusal.conflict("already-blocked", "Deze bezoeker is al geblokkeerd.");
        }
        CallerBlock block = new CallerBlock(hash, mark.chatId(), caller, days, note, now);
        callers.add(block);
        return block;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public MarkView view(String caller, UUID chat) {
        scopes.of(caller).requireEveryClb(WHO);
        Instant now = clock.instant();
        return view(callers.mark(chat.toString()).orElseThrow(() ->
                Refusal.notFound("unknown-mark", "Voor dat gesprek is er geen melding van een nepoproep.")),
                callers.activeBlocks(now), now);
    }

    @Override
    public CallerBlock lift(String caller, long id) {
        scopes.of(caller).requireEveryClb(WHO);
        CallerBlock block = callers.lockBlock(id).orElseThrow(() ->
                Refusal.notFound("unknown-block", "Die blokkade bestaat niet."));
        block.lift(caller, clock.instant());
        return block;
    }

    private FakeCallMark lockedMark(UUID chat) {
        return callers.lockMark(chat.toString()).orElseThrow(() ->
                Refusal.notFound("unknown-mark", "Voor dat gesprek is er geen melding van een nepoproep."));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, CallerCaution> cautions(List<Chat> held) {
        Map<UUID, CallerCaution> cautions = new HashMap<>();
        held.forEach(chat -> caution(chat).ifPresent(caution -> cautions.put(chat.id(), caution)));
        return cautions;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CallerCaution> caution(Chat chat) {
        Instant now = clock.instant();
        return chat.pseudonymHash().flatMap(hash -> CallerCaution.of(callers.activeMarks(hash, now).stream()
                .filter(mark -> !mark.chatId().equals(chat.id().toString())).toList(), now));
    }

    @Override
    public void registered(Chat chat, String by, boolean suspectedFake) {
        Optional<FakeCallMark> mark = callers.lockMark(chat.id().toString());
        if (suspectedFake && mark.isEmpty()) {
            callers.add(new FakeCallMark(chat.id().toString(), chat.lineCode(), chat.pseudonymHash(), by,
                    clock.instant()));
        } else if (!suspectedFake && mark.filter(found -> found.state() == MarkState.PENDING).isPresent()) {
            callers.remove(mark.get());
        }
    }

    @Override
    public int forgetExpired() {
        int wiped = callers.forgetExpired(clock.instant());
        if (wiped > 0) {
            LOG.info(() -> "Wiped the pseudonym of " + wiped + " fake-call marks and blocks that are over.");
        }
        return wiped;
    }
}
