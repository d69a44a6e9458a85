package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.chat.ChatRepository;
import be.clbchat.domain.chat.Operator;
import be.clbchat.domain.schedule.RosterProposal;
import be.clbchat.domain.schedule.ScheduleRepository;
import be.clbchat.domain.schedule.ShiftPolicy;
import be.clbchat.domain.schedule.ShiftSlot;
import be.clbchat.domain.schedule.ShiftTemplate;
import be.clbchat.domain.staff.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaScheduleRepository implements ScheduleRepository {

    /** Until a coordinator sets one: two days before a block. */
    static final int DEFAULT_CUTOFF_HOURS = 48;

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    /** The operator row is the chat's too; one place locks (or makes) it. */
    @Inject
    private ChatRepository chats;

    @Override
    public List<ShiftTemplate> templates(String line) {
        return em.createQuery("SELECT t FROM ShiftTemplate t WHERE t.line = :line"
                        + " ORDER BY t.dayKind, t.weekday, t.starts", ShiftTemplate.class)
                .setParameter("line", line).getResultList();
    }

    @Override
    public Optional<ShiftTemplate> template(long id) {
        return Optional.ofNullable(em.find(ShiftTemplate.class, id));
    }

    @Override
    public void add(ShiftTemplate template) {
        em.persist(template);
        em.flush();
    }

    @Override
    public void remove(ShiftTemplate template) {
        em.remove(template);
    }

    @Override
    public ShiftPolicy policy(String line) {
        ShiftPolicy policy = em.find(ShiftPolicy.class, line);
        return policy != null ? policy : new ShiftPolicy(line, DEFAULT_CUTOFF_HOURS, "system", Instant.EPOCH);
    }

    @Override
    public ShiftPolicy lockPolicy(String line) {
        ShiftPolicy policy = em.find(ShiftPolicy.class, line, LockModeType.PESSIMISTIC_WRITE);
        if (policy == null) {
            policy = new ShiftPolicy(line, DEFAULT_CUTOFF_HOURS, "system", Instant.now());
            em.persist(policy);
            em.flush();
        }
        return policy;
    }

    @Override
    public List<ShiftSlot> slots(String line, Instant from, Instant to) {
        return em.createNamedQuery(ShiftSlot.BETWEEN, ShiftSlot.class).setParameter("line", line)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Optional<ShiftSlot> slot(long id) {
        return Optional.ofNullable(em.find(ShiftSlot.class, id));
    }

    @Override
    public Optional<Instant> lastSlotStart(String line) {
        return Optional.ofNullable(em.createNamedQuery(ShiftSlot.LAST, Instant.class).setParameter("line", line)
                .getSingleResult());
    }

    @Override
    public Optional<ShiftSlot> lockSlot(long id) {
        ShiftSlot slot = em.find(ShiftSlot.class, id);
        if (slot == null) {
            return Optional.empty();
        }
        // Locking re-reads the row and, under READ COMMITTED, what is on it: the last one in sees every sign-up before.
        try {
            em.refresh(slot, LockModeType.PESSIMISTIC_WRITE);
        } catch (EntityNotFoundException removedMeanwhile) {
            return Optional.empty();
        }
        return Optional.of(slot);
    }

    @Override
    public List<ShiftSlot> slotsOf(String username, Instant from, Instant to) {
        return em.createNamedQuery(ShiftSlot.OF_OPERATOR, ShiftSlot.class).setParameter("username", username)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public void add(ShiftSlot slot) {
        em.persist(slot);
    }

    @Override
    public void remove(ShiftSlot slot) {
        em.remove(slot);
    }

    @Override
    public Optional<Operator> operator(String username) {
        return Optional.ofNullable(em.find(Operator.class, username));
    }

    @Override
    public Operator lockOperator(String username) {
        return chats.lockOperator(username);
    }

    @Override
    public Optional<Operator> operatorByCalendar(String tokenHash) {
        return em.createNamedQuery(Operator.BY_CALENDAR, Operator.class).setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public List<String> operatorLogins() {
        return em.createQuery("SELECT a.username FROM StaffAccount a JOIN a.roles r WHERE r = :role"
                        + " AND a.active = TRUE ORDER BY a.username", String.class)
                .setParameter("role", StaffRole.OPERATOR).getResultList();
    }

    @Override
    public boolean isOperatorLogin(String username) {
        return username != null && em.createQuery("SELECT COUNT(a) FROM StaffAccount a JOIN a.roles r"
                        + " WHERE a.username = :username AND r = :role AND a.active = TRUE", Long.class)
                .setParameter("username", username).setParameter("role", StaffRole.OPERATOR)
                .getSingleResult() > 0;
    }

    @Override
    public List<Operator> operators() {
        return em.createNamedQuery(Operator.ALL, Operator.class).getResultList();
    }

    @Override
    public void add(RosterProposal proposal) {
        em.persist(proposal);
        em.flush();
    }

    @Override
    public Optional<RosterProposal> proposal(long id) {
        return Optional.ofNullable(em.find(RosterProposal.class, id));
    }

    @Override
    public Optional<RosterProposal> lockProposal(long id) {
        return Optional.ofNullable(em.find(RosterProposal.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

}
