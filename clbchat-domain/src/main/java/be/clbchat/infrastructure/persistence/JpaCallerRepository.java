package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.caller.CallerBlock;
import be.clbchat.domain.caller.CallerRepository;
import be.clbchat.domain.caller.FakeCallMark;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCallerRepository implements CallerRepository {

    private static final String PENDING = "be.clbchat.domain.caller.MarkState.PENDING";
    private static final String ACCEPTED = "be.clbchat.domain.caller.MarkState.ACCEPTED";

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    public Optional<FakeCallMark> mark(String chatId) {
        return Optional.ofNullable(em.find(FakeCallMark.class, chatId));
    }

    @Override
    public Optional<FakeCallMark> lockMark(String chatId) {
        return Optional.ofNullable(em.find(FakeCallMark.class, chatId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(FakeCallMark mark) {
        em.persist(mark);
    }

    @Override
    public void remove(FakeCallMark mark) {
        em.remove(mark);
    }

    @Override
    public List<FakeCallMark> pending(Instant now) {
        return em.createQuery("SELECT m FROM FakeCallMark m WHERE m.state = " + PENDING + " AND m.expiresAt > :now"
                + " ORDER BY m.markedAt", FakeCallMark.class).setParameter("now", now).getResultList();
    }

    @Override
    public List<FakeCallMark> activeMarks(Instant now) {
        return em.createQuery("SELECT m FROM FakeCallMark m WHERE m.state = " + ACCEPTED + " AND m.expiresAt > :now"
                + " ORDER BY m.expiresAt", FakeCallMark.class).setParameter("now", now).getResultList();
    }

    @Override
    public List<FakeCallMark> reviewedSince(Instant since) {
        return em.createQuery("SELECT m FROM FakeCallMark m WHERE m.state <> " + PENDING
                + " AND m.reviewedAt >= :since ORDER BY m.reviewedAt DESC", FakeCallMark.class)
                .setParameter("since", since).getResultList();
    }

    @Override
    public List<FakeCallMark> activeMarks(String pseudonymHash, Instant now) {
        return em.createQuery("SELECT m FROM FakeCallMark m WHERE m.pseudonymHash = :hash AND m.state = " + ACCEPTED
                + " AND m.expiresAt > :now", FakeCallMark.class)
                .setParameter("hash", pseudonymHash).setParameter("now", now).getResultList();
    }

    @Override
    public void add(CallerBlock block) {
        em.persist(block);
    }

    @Override
    public Optional<CallerBlock> lockBlock(long id) {
        return Optional.ofNullable(em.find(CallerBlock.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<CallerBlock> activeBlocks(Instant now) {
        return em.createQuery("SELECT b FROM CallerBlock b WHERE b.liftedAt IS NULL AND b.until > :now"
                + " ORDER BY b.until", CallerBlock.class).setParameter("now", now).getResultList();
    }

    @Override
    public boolean blocked(String pseudonymHash, Instant now) {
        return !em.createQuery("SELECT b.id FROM CallerBlock b WHERE b.pseudonymHash = :hash AND b.liftedAt IS NULL"
                        + " AND b.until > :now", Long.class)
                .setParameter("hash", pseudonymHash).setParameter("now", now).setMaxResults(1).getResultList()
                .isEmpty();
    }

    @Override
    public int forgetExpired(Instant now) {
        int marks = em.createQuery("UPDATE FakeCallMark m SET m.pseudonymHash = NULL WHERE m.pseudonymHash IS NOT NULL"
                + " AND m.expiresAt <= :now").setParameter("now", now).executeUpdate();
        int blocks = em.createQuery("UPDATE CallerBlock b SET b.pseudonymHash = NULL WHERE b.pseudonymHash IS NOT NULL"
                + " AND (b.liftedAt IS NOT NULL OR b.until <= :now)").setParameter("now", now).executeUpdate();
        return marks + blocks;
    }
}
