package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.operator.Operator;
import be.clbchat.domain.operator.OperatorRepository;
import be.clbchat.domain.staff.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOperatorRepository implements OperatorRepository {

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    public Optional<Operator> find(String username) {
        return Optional.ofNullable(em.find(Operator.class, username));
    }

    @Override
    public Operator lock(String username) {
        Operator operator = em.find(Operator.class, username);
        if (operator != null) {
            em.refresh(operator, LockModeType.PESSIMISTIC_WRITE);
        } else {
            operator = new Operator(username);
            em.persist(operator);
            em.flush();
        }
        return operator;
    }

    @Override
    public Optional<Operator> byAlias(String alias) {
        return em.createNamedQuery(Operator.BY_ALIAS, Operator.class).setParameter("alias", alias)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Operator> byCalendar(String tokenHash) {
        return em.createNamedQuery(Operator.BY_CALENDAR, Operator.class).setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public List<Operator> available() {
        return em.createNamedQuery(Operator.AVAILABLE, Operator.class).getResultList();
    }

    @Override
    public List<Operator> offlineSince(Instant before) {
        return em.createNamedQuery(Operator.GONE, Operator.class).setParameter("before", before).getResultList();
    }

    @Override
    public java.util.Set<String> online() {
        return java.util.Set.copyOf(em.createQuery("SELECT o.username FROM Operator o WHERE o.online = TRUE",
                String.class).getResultList());
    }

    @Override
    public List<Operator> allOnline() {
        return em.createQuery("SELECT o FROM Operator o WHERE o.online = TRUE ORDER BY o.username", Operator.class)
                .getResultList();
    }

    @Override
    public List<Operator> all() {
        return em.createNamedQuery(Operator.ALL, Operator.class).getResultList();
    }

    @Override
    public List<String> logins() {
        return em.createQuery("SELECT a.username FROM StaffAccount a JOIN a.roles r WHERE r = :role"
                        + " AND a.active = TRUE ORDER BY a.username", String.class)
                .setParameter("role", StaffRole.OPERATOR).getResultList();
    }

    @Override
    public boolean isLogin(String username) {
        return username != null && em.createQuery("SELECT COUNT(a) FROM StaffAccount a JOIN a.roles r"
                        + " WHERE a.username = :username AND r = :role AND a.active = TRUE", Long.class)
                .setParameter("username", username).setParameter("role", StaffRole.OPERATOR)
                .getSingleResult() > 0;
    }

    @Override
    public void allOffline(Instant now) {
        em.createQuery("UPDATE Operator o SET o.online = FALSE, o.offlineSince = :now WHERE o.online = TRUE")
                .setParameter("now", now).executeUpdate();
    }
}
