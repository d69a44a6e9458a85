package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.box.Box;
import be.clbchat.domain.box.BoxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaBoxRepository implements BoxRepository {

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    public List<Box> all() {
        return em.createNamedQuery(Box.ALL, Box.class).getResultList();
    }

    @Override
    public List<Box> ofClb(String clb) {
        return em.createNamedQuery(Box.OF_CLB, Box.class).setParameter("clb", clb).getResultList();
    }

    @Override
    public Optional<Box> find(String lineCode) {
        return lineCode == null ? Optional.empty() : Optional.ofNullable(em.find(Box.class, lineCode));
    }

    @Override
    public Optional<Box> lock(String lineCode) {
        return lineCode == null ? Optional.empty()
                : Optional.ofNullable(em.find(Box.class, lineCode, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Box> bySlug(String clb, String slug) {
        return em.createNamedQuery(Box.BY_SLUG, Box.class).setParameter("clb", clb).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Box box) {
        em.persist(box);
        em.flush(); // before its windows' and team's rows
    }
}
