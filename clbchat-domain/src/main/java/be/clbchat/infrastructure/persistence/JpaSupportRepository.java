package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.support.SupportRepository;
import be.clbchat.domain.support.SupportRequest;
import be.clbchat.domain.support.SupportState;
import be.clbchat.domain.support.Whisper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSupportRepository implements SupportRepository {

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    public void add(SupportRequest request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public void add(Whisper whisper) {
        em.persist(whisper);
        em.flush();
    }

    @Override
    public Optional<SupportRequest> find(long id) {
        return Optional.ofNullable(em.find(SupportRequest.class, id));
    }

    @Override
    public Optional<SupportRequest> lock(long id) {
        return Optional.ofNullable(em.find(SupportRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<SupportRequest> openOfChat(String chatId) {
        return em.createQuery("SELECT r FROM SupportRequest r WHERE r.chatId = :chat AND r.state <> :closed",
                        SupportRequest.class).setParameter("chat", chatId).setParameter("closed", SupportState.CLOSED)
                .getResultStream().findFirst();
    }

    @Override
    public List<SupportRequest> notClosed() {
        return em.createQuery("SELECT r FROM SupportRequest r WHERE r.state <> :closed ORDER BY r.askedAt, r.id",
                SupportRequest.class).setParameter("closed", SupportState.CLOSED).getResultList();
    }

    @Override
    public List<SupportRequest> notClosedOfChats(Collection<String> chatIds) {
        if (chatIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM SupportRequest r WHERE r.chatId IN :chats AND r.state <> :closed",
                        SupportRequest.class).setParameter("chats", chatIds)
                .setParameter("closed", SupportState.CLOSED).getResultList();
    }

    @Override
    public List<SupportRequest> of(String username, Instant since, int max) {
        return em.createQuery("SELECT r FROM SupportRequest r WHERE (r.operator = :who OR r.supporter = :who)"
                        + " AND (r.state <> :closed OR r.closedAt >= :since) ORDER BY r.askedAt DESC, r.id DESC",
                        SupportRequest.class).setParameter("who", username).setParameter("closed", SupportState.CLOSED)
                .setParameter("since", since).setMaxResults(max).getResultList();
    }

    @Override
    public List<Whisper> whispers(long requestId) {
        return em.createQuery("SELECT w FROM Whisper w WHERE w.requestId = :request ORDER BY w.sentAt, w.id",
                Whisper.class).setParameter("request", requestId).getResultList();
    }
}
