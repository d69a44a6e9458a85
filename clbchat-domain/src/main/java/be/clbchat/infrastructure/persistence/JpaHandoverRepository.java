package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.handover.Handover;
import be.clbchat.domain.handover.HandoverKind;
import be.clbchat.domain.handover.HandoverRepository;
import be.clbchat.domain.handover.HandoverState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

@ApplicationScoped
public class JpaHandoverRepository implements HandoverRepository {

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    public void add(Handover handover) {
        em.persist(handover);
        em.flush();
    }

    @Override
    public Optional<Handover> find(UUID id) {
        return Optional.ofNullable(em.find(Handover.class, id.toString()));
    }

    @Override
    public Optional<Handover> lock(UUID id) {
        // Refreshed under the lock: a copy read earlier in this transaction may be stale by now.
        Handover handover = em.find(Handover.class, id.toString());
        if (handover != null) {
            em.refresh(handover, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(handover);
    }

    @Override
    public Optional<Handover> openOf(UUID chat) {
        return em.createQuery("SELECT h FROM Handover h WHERE h.chatId = :chat AND h.state IN :open", Handover.class)
                .setParameter("chat", chat.toString())
                .setParameter("open", List.of(HandoverState.ASKING, HandoverState.WAITING))
                .getResultStream().findFirst();
    }

    @Override
    public List<Handover> ofChat(UUID chat) {
        return em.createQuery("SELECT h FROM Handover h WHERE h.chatId = :chat ORDER BY h.offeredAt, h.id",
                Handover.class).setParameter("chat", chat.toString()).getResultList();
    }

    @Override
    public List<Handover> waiting() {
        return em.createQuery("SELECT h FROM Handover h WHERE h.state = :waiting ORDER BY h.offeredAt, h.id",
                Handover.class).setParameter("waiting", HandoverState.WAITING).getResultList();
    }

    @Override
    public Set<String> routesFrom(String from) {
        @SuppressWarnings("unchecked")
        List<String> to = em.createNativeQuery("SELECT to_line FROM handover_route WHERE from_line = ?1")
                .setParameter(1, from).getResultList();
        return new TreeSet<>(to);
    }

    @Override
    public void addRoute(String from, String to, String by, Instant at) {
        em.createNativeQuery("INSERT IGNORE INTO handover_route (from_line, to_line, added_by, added_at)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, from).setParameter(2, to).setParameter(3, by).setParameter(4, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public boolean removeRoute(String from, String to) {
        return em.createNativeQuery("DELETE FROM handover_route WHERE from_line = ?1 AND to_line = ?2")
                .setParameter(1, from).setParameter(2, to).executeUpdate() > 0;
    }

    @Override
    public Map<String, Set<String>> routes() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT from_line, to_line FROM handover_route").getResultList();
        Map<String, Set<String>> routes = new TreeMap<>();
        for (Object[] row : rows) {
            routes.computeIfAbsent((String) row[0], key -> new TreeSet<>()).add((String) row[1]);
        }
        return routes;
    }

    @Override
    public List<PairCount> takenBetween(Instant from, Instant to) {
        return em.createQuery("SELECT h.fromLine, h.toLine, h.kind, h.warm, COUNT(h) FROM Handover h"
                        + " WHERE h.state = :taken AND h.offeredAt >= :from AND h.offeredAt < :to"
                        + " GROUP BY h.fromLine, h.toLine, h.kind, h.warm ORDER BY h.fromLine, h.toLine, h.kind, h.warm",
                        Object[].class)
                .setParameter("taken", HandoverState.TAKEN).setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .map(row -> new PairCount((String) row[0], (String) row[1], (HandoverKind) row[2],
                        (Boolean) row[3], ((Number) row[4]).longValue()))
                .toList();
    }
}
