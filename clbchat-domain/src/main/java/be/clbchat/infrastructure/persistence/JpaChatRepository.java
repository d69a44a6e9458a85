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
    public List<ChatMessage> messagesAfter(UUID chat, int seq) {
        return em.createNamedQuery(ChatMessage.AFTER, ChatMessage.class)
                .setParameter("chat", chat.toString()).setParameter("seq", seq).getResultList();
    }

    @Override
    public int forgetTranscriptsEndedBefore(Instant before, Instant now) {
        java.sql.Timestamp cutoff = java.sql.Timestamp.from(before);
        em.createNativeQuery("DELETE m FROM chat_message m JOIN chat c ON c.id = m.chat_id WHERE c.state = 'ENDED'"
                + " AND c.ended_at < ?1 AND c.transcript_deleted_at IS NULL").setParameter(1, cutoff).executeUpdate();
        return em.createQuery("UPDATE Chat c SET c.visitor.nickname = '', c.ratingComment = NULL,"
                        + " c.pseudonymHash = NULL, c.transcriptDeletedAt = :now"
                        + " WHERE c.state = be.clbchat.domain.chat.ChatState.ENDED AND c.endedAt < :before"
                        + " AND c.transcriptDeletedAt IS NULL")
                .setParameter("now", now).setParameter("before", before).executeUpdate();
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
