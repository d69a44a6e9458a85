package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.schedule.RosterProposal;
import be.clbchat.domain.schedule.ScheduleRepository;
import be.clbchat.domain.schedule.ShiftBlock;
import be.clbchat.domain.schedule.ShiftPolicy;
import be.clbchat.domain.schedule.ShiftTemplate;
import jakarta.enterprise.context.ApplicationScoped;
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
    public List<ShiftBlock> blocks(String line, Instant from, Instant to) {
        return em.createNamedQuery(ShiftBlock.BETWEEN, ShiftBlock.class).setParameter("line", line)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Optional<ShiftBlock> block(long id) {
        return Optional.ofNullable(em.find(ShiftBlock.class, id));
    }

    @Override
    public Optional<Instant> lastBlockStart(String line) {
        return Optional.ofNullable(em.createNamedQuery(ShiftBlock.LAST, Instant.class).setParameter("line", line)
                .getSingleResult());
    }

    @Override
    public Optional<ShiftBlock> lockBlock(long id) {
        ShiftBlock block = em.find(ShiftBlock.class, id);
        if (block == null) {
            return Optional.empty();
        }
        // Locking re-reads the row and, under READ COMMITTED, what is on it: the last one in sees every sign-up before.
        try {
            em.refresh(block, LockModeType.PESSIMISTIC_WRITE);
        } catch (EntityNotFoundException removedMeanwhile) {
            return Optional.empty();
        }
        return Optional.of(block);
    }

    @Override
    public List<ShiftBlock> blocksOf(String username, Instant from, Instant to) {
        return em.createNamedQuery(ShiftBlock.OF_OPERATOR, ShiftBlock.class).setParameter("username", username)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public void add(ShiftBlock block) {
        em.persist(block);
    }

    @Override
    public void remove(ShiftBlock block) {
        em.remove(block);
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
