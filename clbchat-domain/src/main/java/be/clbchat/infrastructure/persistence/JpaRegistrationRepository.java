package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.registration.CannedText;
import be.clbchat.domain.registration.Registration;
import be.clbchat.domain.registration.RegistrationChange;
import be.clbchat.domain.registration.RegistrationRepository;
import be.clbchat.domain.registration.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRegistrationRepository implements RegistrationRepository {

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    public Optional<Registration> find(String chatId) {
        return Optional.ofNullable(em.find(Registration.class, chatId));
    }

    @Override
    public Optional<Registration> lock(String chatId) {
        return Optional.ofNullable(em.find(Registration.class, chatId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(Registration registration) {
        em.persist(registration);
        em.flush(); // before its history row, which refers to it without a mapped relation
    }

    @Override
    public void add(RegistrationChange change) {
        em.persist(change);
    }

    @Override
    public List<RegistrationChange> changes(String chatId) {
        return em.createNamedQuery(RegistrationChange.OF_CHAT, RegistrationChange.class).setParameter("chat", chatId)
                .getResultList();
    }

    @Override
    public List<Theme> themes() {
        return em.createNamedQuery(Theme.ALL, Theme.class).getResultList();
    }

    @Override
    public Optional<Theme> theme(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Theme.class, code));
    }

    @Override
    public void add(Theme theme) {
        em.persist(theme);
    }

    @Override
    public List<CannedText> cannedTexts() {
        return em.createNamedQuery(CannedText.ALL, CannedText.class).getResultList();
    }

    @Override
    public Optional<CannedText> cannedText(long id) {
        return Optional.ofNullable(em.find(CannedText.class, id));
    }

    @Override
    public void add(CannedText text) {
        em.persist(text);
    }

    @Override
    public long unregisteredSince(String operator, java.time.Instant since) {
        Object count = em.createNativeQuery("SELECT COUNT(*) FROM chat c WHERE c.state = 'ENDED'"
                + " AND c.accepted_at IS NOT NULL AND c.operator_username = ?1 AND c.ended_at > ?2"
                + " AND NOT EXISTS (SELECT 1 FROM chat_registration r WHERE r.chat_id = c.id)")
                .setParameter(1, operator).setParameter(2, java.sql.Timestamp.from(since)).getSingleResult();
        return ((Number) count).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<be.clbchat.domain.chat.Chat> unregisteredChats(String operator) {
        Query query = em.createNativeQuery("SELECT c.* FROM chat c WHERE c.state = 'ENDED'"
                + " AND c.accepted_at IS NOT NULL" + (operator == null ? "" : " AND c.operator_username = ?1")
                + " AND NOT EXISTS (SELECT 1 FROM chat_registration r WHERE r.chat_id = c.id)"
                + " ORDER BY c.ended_at", be.clbchat.domain.chat.Chat.class);
        if (operator != null) {
            query.setParameter(1, operator);
        }
        return (List<be.clbchat.domain.chat.Chat>) query.getResultList();
    }
}
