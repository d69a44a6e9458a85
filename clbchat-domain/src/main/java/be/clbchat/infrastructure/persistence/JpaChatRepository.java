package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.chat.ChatRepository;
import be.clbchat.domain.chat.Party;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaChatRepository implements ChatRepository {

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    public void add(Chat chat) {
        em.persist(chat);
    }

    @Override
    public Optional<Chat> find(UUID id) {
        return Optional.ofNullable(em.find(Chat.class, id.toString()));
    }

    @Override
    public Optional<Chat> lock(UUID id) {
        // Refreshed under the lock: a copy read earlier in this transaction may be stale by now.
        Chat chat = em.find(Chat.class, id.toString());
        if (chat != null) {
            em.refresh(chat, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(chat);
    }

    @Override
    public Optional<Chat> byResumeTokenHash(String hash) {
        return em.createNamedQuery(Chat.BY_TOKEN, Chat.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    @Override
    public java.util.Set<UUID> stillWaiting(java.util.Collection<UUID> chats) {
        if (chats.isEmpty()) {
            return java.util.Set.of();
        }
        return em.createNamedQuery(Chat.STILL_WAITING, String.class)
                .setParameter("ids", chats.stream().map(UUID::toString).toList()).getResultList().stream()
                .map(UUID::fromString).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public long waitingOn(String line) {
        return em.createNamedQuery(Chat.WAITING_ON, Long.class).setParameter("line", line).getSingleResult();
    }

    @Override
    public List<Chat> waiting() {
        return em.createNamedQuery(Chat.QUEUE, Chat.class).getResultList();
    }

    @Override
    public List<Chat> heldBy(String operator) {
        return em.createNamedQuery(Chat.OF_OPERATOR, Chat.class).setParameter("operator", operator).getResultList();
    }

    @Override
    public Map<String, Long> countsPerLine() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.lineCode, COUNT(c) FROM Chat c GROUP BY c.lineCode",
                Object[].class).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<Chat> active() {
        return em.createQuery("SELECT c FROM Chat c WHERE c.state = be.clbchat.domain.chat.ChatState.ACTIVE"
                + " ORDER BY c.acceptedAt", Chat.class).getResultList();
    }

    @Override
    public Map<String, Long> heldCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.operatorUsername, COUNT(c) FROM Chat c"
                + " WHERE c.state = be.clbchat.domain.chat.ChatState.ACTIVE GROUP BY c.operatorUsername",
                Object[].class).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<Chat> visitorAwaySince(Instant before) {
        return em.createNamedQuery(Chat.VISITOR_GONE, Chat.class).setParameter("before", before).getResultList();
    }

    @Override
    public List<Duration> recentDurations(String line, Instant since, int max) {
        return em.createNamedQuery(Chat.RECENTLY_ENDED, Chat.class)
                .setParameter("line", line).setParameter("since", since).setMaxResults(max)
                .getResultStream()
                .map(chat -> Duration.between(chat.acceptedAt().orElseThrow(), chat.endedAt().orElseThrow()))
                .toList();
    }

    @Override
    public void add(ChatMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<ChatMessage> message(UUID chat, Party sender, UUID clientMsgId) {
        return em.createNamedQuery(ChatMessage.BY_CLIENT_ID, ChatMessage.class)
                .setParameter("chat", chat.toString()).setParameter("sender", sender)
                .setParameter("id", clientMsgId.toString())
                .getResultStream().findFirst();
    }

    @Override
    public List<Chat> endedWithTranscript(java.util.Collection<String> lines, int max) {
        if (lines.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Chat c WHERE c.lineCode IN :lines"
                        + " AND c.state = be.clbchat.domain.chat.ChatState.ENDED AND c.transcriptDeletedAt IS NULL"
                        + " ORDER BY c.endedAt DESC", Chat.class)
                .setParameter("lines", List.copyOf(lines)).setMaxResults(max).getResultList();
    }

    @Override
    public List<ChatMessage> messagesAfter(UUID chat, int seq) {
        return em.createNamedQuery(ChatMessage.AFTER, ChatMessage.class)
                .setParameter("chat", chat.toString()).setParameter("seq", seq).getResultList();
    }

    /** A chat under review: an open chatscan, a fake-call mark waiting for a decision, or a support case not closed. */
    private static final String HELD = "(EXISTS (SELECT 1 FROM chatscan s WHERE s.chat_id = c.id AND s.state = 'OPEN')"
            + " OR EXISTS (SELECT 1 FROM fake_call_mark f WHERE f.chat_id = c.id AND f.state = 'PENDING')"
            + " OR EXISTS (SELECT 1 FROM support_request r WHERE r.chat_id = c.id AND r.state <> 'CLOSED'))";

    @Override
    public int forgetTranscriptsEndedBefore(Instant before, Instant heldBefore, Optional<UUID> only, Instant now) {
        em.flush();
        String due = " c.state = 'ENDED' AND c.ended_at < ?1 AND c.transcript_deleted_at IS NULL"
                + " AND (c.ended_at < ?2 OR NOT " + HELD + ")" + (only.isPresent() ? " AND c.id = ?3" : "");
        // The chats first, under their row locks, then their messages and texts in batches of 500 (one IN list each).
        jakarta.persistence.Query select = em.createNativeQuery("SELECT c.id FROM chat c WHERE" + due + " FOR UPDATE")
                .setParameter(1, java.sql.Timestamp.from(before)).setParameter(2, java.sql.Timestamp.from(heldBefore));
        only.ifPresent(chat -> select.setParameter(3, chat.toString()));
        @SuppressWarnings("unchecked")
        List<String> ids = select.getResultList();
        int forgotten = 0;
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + 500));
            em.createQuery("DELETE FROM ChatMessage m WHERE m.chatId IN :ids").setParameter("ids", batch)
                    .executeUpdate();
            // The supporter's whispers are words about the chat too: they go with it.
            em.createQuery("DELETE FROM Whisper w WHERE w.chatId IN :ids").setParameter("ids", batch).executeUpdate();
            // A hand-over's note is about the chat as well; the fact that it was handed over stays.
            em.createQuery("UPDATE Handover h SET h.note = NULL WHERE h.chatId IN :ids").setParameter("ids", batch)
                    .executeUpdate();
            forgotten += em.createQuery("UPDATE Chat c SET c.visitor.nickname = '', c.ratingComment = NULL,"
                            + " c.pseudonymHash = NULL, c.transcriptDeletedAt = :now WHERE c.id IN :ids")
                    .setParameter("now", now).setParameter("ids", batch).executeUpdate();
        }
        return forgotten;
    }

    @Override
    public java.util.Set<UUID> visitorsConnected() {
        return ids(em.createQuery("SELECT c.id FROM Chat c WHERE c.state <> be.clbchat.domain.chat.ChatState.ENDED"
                + " AND c.visitorAwaySince IS NULL", String.class).getResultList());
    }

    @Override
    public java.util.Set<UUID> visitorsAway(java.util.Collection<UUID> chats) {
        if (chats.isEmpty()) {
            return java.util.Set.of();
        }
        return ids(em.createQuery("SELECT c.id FROM Chat c WHERE c.id IN :ids"
                        + " AND c.state <> be.clbchat.domain.chat.ChatState.ENDED AND c.visitorAwaySince IS NOT NULL",
                        String.class)
                .setParameter("ids", chats.stream().map(UUID::toString).toList()).getResultList());
    }

    private static java.util.Set<UUID> ids(List<String> ids) {
        return ids.stream().map(UUID::fromString).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public void visitorsAwayFrom(Instant now) {
        em.createQuery("UPDATE Chat c SET c.visitorAwaySince = :now"
                        + " WHERE c.state <> be.clbchat.domain.chat.ChatState.ENDED")
                .setParameter("now", now).executeUpdate();
    }
}
