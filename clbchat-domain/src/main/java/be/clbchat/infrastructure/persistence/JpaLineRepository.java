package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.line.Line;
import be.clbchat.domain.line.LineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLineRepository implements LineRepository {

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    public List<Line> all() {
        return em.createNamedQuery(Line.ALL, Line.class).getResultList();
    }

    @Override
    public Optional<Line> find(String code) {
        return Optional.ofNullable(em.find(Line.class, code));
    }

    @Override
    public void add(Line line) {
        em.persist(line);
        em.flush(); // before the box and team rows that refer to it without a mapped relation
    }

    @Override
    public void remove(Line line) {
        em.remove(em.contains(line) ? line : em.merge(line));
    }
}
