package be.clbchat.application.quality;

import be.clbchat.application.chat.ChatSettings;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.box.Box;
import be.clbchat.domain.box.BoxRepository;
import be.clbchat.domain.caller.CallerRepository;
import be.clbchat.domain.caller.MarkState;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatRepository;
import be.clbchat.domain.quality.QualityRepository;
import be.clbchat.domain.quality.TranscriptAccess;
import be.clbchat.domain.quality.TranscriptRead;
import be.clbchat.domain.quality.TranscriptReason;
import be.clbchat.domain.staff.StaffAccount;
import be.clbchat.domain.staff.StaffAccountRepository;
import be.clbchat.domain.staff.StaffRole;
import be.clbchat.domain.staff.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class DefaultTranscriptService implements TranscriptService {

    private static final int MAX_BOX_CHATS = 200;

    @Inject
    private ChatRepository chats;

    @Inject
    private QualityRepository quality;

    @Inject
    private CallerRepository callers;

    @Inject
    private BoxRepository boxes;

    @Inject
    private StaffAccountRepository accounts;

    @Inject
    private ChatSettings settings;

    @Inject
    private Clock clock;

    @Override
    public Transcript read(String caller, UUID chatId, Optional<TranscriptReason> asked) {
        Chat chat = chats.find(chatId).orElseThrow(DefaultTranscriptService::unknown);
        String id = chatId.toString();
        TranscriptAccess.Chat facts = new TranscriptAccess.Chat(chat.lineCode(), chat.operatorUsername(),
                chat.endedAt(), quality.chatscanOfChat(id).isPresent(),
                callers.mark(id).filter(mark -> mark.state() == MarkState.PENDING).isPresent());
        Instant now = clock.instant();
        TranscriptReason reason = TranscriptAccess.reason(reader(caller), facts, now, settings.retention(), asked)
                .orElseThrow(DefaultTranscriptService::unknown);
        if (chat.transcriptDeletedAt().isPresent()) {
            throw Refusal.notFound("transcript-deleted", "De tekst van dit gesprek is gewist na de bewaartermijn;"
                    + " de registratie blijft.");
        }
        quality.add(new TranscriptRead(id, chat.lineCode(), caller, now, reason));
        // An operator who took the chat over without the visitor's consent reads their own chat from the hand-over on.
        int after = reason == TranscriptReason.OWN_CHAT ? Math.max(0, chat.readFromSeq() - 1) : 0;
        return new Transcript(chatId, chat.lineCode(), chat.visitor().nickname(), chat.operatorAlias(),
                chat.queuedAt(), chat.acceptedAt(), chat.endedAt().orElseThrow(), reason,
                chats.messagesAfter(chatId, after));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TranscriptRead> audit(String caller, AuditQuery query) {
        if (account(caller).filter(account -> account.hasRole(StaffRole.ADMIN)).isEmpty()) {
            throw Refusal.forbidden("forbidden", "Alleen beheerders lezen het auditlog.");
        }
        return quality.reads(query.reader(), query.chatId(), query.fromInstant(), query.untilInstant(),
                AuditQuery.MAX_ROWS);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReadableChat> boxChats(String caller) {
        return chats.endedWithTranscript(ownBoxLines(account(caller)), MAX_BOX_CHATS).stream()
                .map(chat -> new ReadableChat(chat.id(), chat.lineCode(), chat.visitor().nickname(),
                        chat.endedAt().orElseThrow()))
                .toList();
    }

    private TranscriptAccess.Reader reader(String caller) {
        Optional<StaffAccount> account = account(caller);
        return new TranscriptAccess.Reader(caller, account.filter(found -> found.hasRole(StaffRole.COORDINATOR))
                .isPresent(), ownBoxLines(account));
    }

    private Optional<StaffAccount> account(String caller) {
        return Username.ifValid(caller).flatMap(accounts::find).filter(StaffAccount::isActive);
    }

    /** The lines of the boxes of the CLB whose admin this is; none for anyone else. */
    private Set<String> ownBoxLines(Optional<StaffAccount> account) {
        return account.filter(found -> found.hasRole(StaffRole.CLB_ADMIN)).flatMap(StaffAccount::clbCode)
                .map(clb -> boxes.ofClb(clb).stream().map(Box::lineCode).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private static Refusal unknown() {
        return Refusal.notFound("unknown-chat", "Dit gesprek bestaat niet of is niet van jou om te lezen.");
    }
}
