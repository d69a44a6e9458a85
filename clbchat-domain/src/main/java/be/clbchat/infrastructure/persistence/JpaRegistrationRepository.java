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
        return em.createQuery("SELECT r FROM Registration r WHERE r.chatId = :chat ORDER BY r.part DESC",
                Registration.class).setParameter("chat", chatId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Registration> find(String chatId, int part) {
        return Optional.ofNullable(em.find(Registration.class, new Registration.Key(chatId, part)));
    }

    @Override
    public Optional<Registration> lock(String chatId, int part) {
        return Optional.ofNullable(em.find(Registration.class, new Registration.Key(chatId, part),
                LockModeType.PESSIMISTIC_WRITE));
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
    public List<RegistrationChange> changes(String chatId, int part) {
        return em.createNamedQuery(RegistrationChange.OF_CHAT, RegistrationChange.class).setParameter("chat", chatId)
                .setParameter("part", part).getResultList();
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

    /** The number of a chat's last part: one more than its hand-overs that reached their receiver. */
    private static final String LAST_PART = "1 + (SELECT COUNT(*) FROM chat_handover h0 WHERE h0.chat_id = c.id"
            + " AND h0.state = 'TAKEN')";

    /**
     * A chat with an unregistered part: its last part once it ended, or a part that ended with a hand-over (numbered
     * by the hand-overs taken up to it). {@code operator}: only that operator's parts (?1); {@code since}: only parts
     * that ended after it (?2).
     */
    private static String unregistered(boolean operator, boolean since) {
        return "((c.state = 'ENDED' AND c.accepted_at IS NOT NULL" + (operator ? " AND c.operator_username = ?1" : "")
                + (since ? " AND c.ended_at > ?2" : "")
                + " AND NOT EXISTS (SELECT 1 FROM chat_registration r WHERE r.chat_id = c.id AND r.part = "
                + LAST_PART + "))"
                + " OR EXISTS (SELECT 1 FROM chat_handover h WHERE h.chat_id = c.id AND h.state = 'TAKEN'"
                + (operator ? " AND h.from_operator = ?1" : "") + (since ? " AND h.closed_at > ?2" : "")
                + " AND NOT EXISTS (SELECT 1 FROM chat_registration r WHERE r.chat_id = c.id AND r.part ="
                + " (SELECT COUNT(*) FROM chat_handover h2 WHERE h2.chat_id = c.id AND h2.state = 'TAKEN'"
                + " AND h2.closed_at <= h.closed_at))))";
    }

    @Override
    public long unregisteredSince(String operator, java.time.Instant since) {
        Object count = em.createNativeQuery("SELECT COUNT(*) FROM chat c WHERE " + unregistered(true, true))
                .setParameter(1, operator).setParameter(2, java.sql.Timestamp.from(since)).getSingleResult();
        return ((Number) count).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<be.clbchat.domain.chat.Chat> unregisteredChats(String operator) {
        Query query = em.createNativeQuery("SELECT c.* FROM chat c WHERE " + unregistered(operator != null, false)
                + " ORDER BY COALESCE(c.ended_at, c.accepted_at)", be.clbchat.domain.chat.Chat.class);
        if (operator != null) {
            query.setParameter(1, operator);
        }
        return (List<be.clbchat.domain.chat.Chat>) query.getResultList();
    }
}
