package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.quality.Chatscan;
import be.clbchat.domain.quality.ChatscanItem;
import be.clbchat.domain.quality.ChatscanSetting;
import be.clbchat.domain.quality.QualityRepository;
import be.clbchat.domain.quality.TranscriptRead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@ApplicationScoped
public class JpaQualityRepository implements QualityRepository {

    /** Chats of CLBch@t's own lines: a CLB's box is answered by that CLB's team, outside the chatscan. */
    private static final String NOT_A_BOX = " AND NOT EXISTS (SELECT 1 FROM box b WHERE b.line_code = c.line_code)";

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    public void add(TranscriptRead read) {
        em.persist(read);
    }

    @Override
    public List<TranscriptRead> reads(Optional<String> reader, Optional<String> chatId, Instant from, Instant to,
                                      int max) {
        TypedQuery<TranscriptRead> query = em.createQuery("SELECT r FROM TranscriptRead r WHERE r.readAt >= :from"
                        + " AND r.readAt < :to" + (reader.isPresent() ? " AND r.reader = :reader" : "")
                        + (chatId.isPresent() ? " AND r.chatId = :chat" : "") + " ORDER BY r.readAt DESC, r.id DESC",
                TranscriptRead.class).setParameter("from", from).setParameter("to", to).setMaxResults(max);
        reader.ifPresent(name -> query.setParameter("reader", name));
        chatId.ifPresent(id -> query.setParameter("chat", id));
        return query.getResultList();
    }

    @Override
    public ChatscanSetting setting() {
        return em.find(ChatscanSetting.class, 1);
    }

    @Override
    public ChatscanSetting lockSetting() {
        return em.find(ChatscanSetting.class, 1, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<ChatscanItem> items(boolean withRetired) {
        return em.createQuery("SELECT i FROM ChatscanItem i" + (withRetired ? "" : " WHERE i.active = TRUE")
                + " ORDER BY i.position, i.id", ChatscanItem.class).getResultList();
    }

    @Override
    public Optional<ChatscanItem> item(long id) {
        return Optional.ofNullable(em.find(ChatscanItem.class, id));
    }

    @Override
    public void add(ChatscanItem item) {
        em.persist(item);
    }

    @Override
    public void add(Chatscan chatscan) {
        em.persist(chatscan);
        em.flush();
    }

    @Override
    public Optional<Chatscan> chatscan(long id) {
        return Optional.ofNullable(em.find(Chatscan.class, id));
    }

    @Override
    public Optional<Chatscan> lockChatscan(long id) {
        return Optional.ofNullable(em.find(Chatscan.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Chatscan> chatscanOfChat(String chatId) {
        return em.createQuery("SELECT s FROM Chatscan s WHERE s.chatId = :chat", Chatscan.class)
                .setParameter("chat", chatId).getResultStream().findFirst();
    }

    @Override
    public List<Chatscan> chatscans(LocalDate periodStart) {
        return em.createQuery("SELECT s FROM Chatscan s WHERE s.periodStart = :start ORDER BY s.createdAt, s.id",
                Chatscan.class).setParameter("start", periodStart).getResultList();
    }

    @Override
    public List<Chatscan> chatscansOf(String operator) {
        return em.createQuery("SELECT s FROM Chatscan s WHERE s.operator = :operator"
                + " ORDER BY s.createdAt DESC, s.id DESC", Chatscan.class).setParameter("operator", operator)
                .getResultList();
    }

    @Override
    public Map<String, List<String>> drawCandidates(Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.operator_username, c.id FROM chat c"
                        + " WHERE EXISTS (SELECT 1 FROM chat_registration r WHERE r.chat_id = c.id)"
                        + " AND c.state = 'ENDED' AND c.ended_at >= ?1 AND c.ended_at < ?2"
                        + " AND c.operator_username IS NOT NULL AND c.transcript_deleted_at IS NULL" + NOT_A_BOX
                        + " AND NOT EXISTS (SELECT 1 FROM chatscan s WHERE s.chat_id = c.id)")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getResultList();
        Map<String, List<String>> candidates = new TreeMap<>();
        for (Object[] row : rows) {
            candidates.computeIfAbsent((String) row[0], operator -> new ArrayList<>()).add((String) row[1]);
        }
        return candidates;
    }

    @Override
    public List<String> endedChatsOf(String operator, Instant since, int max) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT c.id FROM chat c WHERE c.operator_username = ?1"
                        + " AND c.state = 'ENDED' AND c.ended_at >= ?2 AND c.transcript_deleted_at IS NULL"
                        + " ORDER BY c.ended_at DESC")
                .setParameter(1, operator).setParameter(2, Timestamp.from(since)).setMaxResults(max).getResultList();
        return ids;
    }

    @Override
    public Map<String, Long> chatsPerOperator(Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.operator_username, COUNT(*) FROM chat c"
                        + " WHERE c.state = 'ENDED' AND c.ended_at >= ?1 AND c.ended_at < ?2"
                        + " AND c.operator_username IS NOT NULL" + NOT_A_BOX + " GROUP BY c.operator_username")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getResultList();
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
