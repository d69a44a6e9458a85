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

    @Override
    public java.util.Map<String, String> partners() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT line_code, organisation FROM partner_line").getResultList();
        java.util.Map<String, String> partners = new java.util.TreeMap<>();
        rows.forEach(row -> partners.put((String) row[0], (String) row[1]));
        return partners;
    }

    @Override
    public void addPartner(String line, String organisation, String by, java.time.Instant at) {
        em.createNativeQuery("INSERT INTO partner_line (line_code, organisation, created_by, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, line).setParameter(2, organisation).setParameter(3, by)
                .setParameter(4, java.sql.Timestamp.from(at)).executeUpdate();
    }

    @Override
    public java.util.Optional<String> shownAs(String line) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("SELECT shown_as FROM partner_line WHERE line_code = ?1"
                + " AND shown_as IS NOT NULL").setParameter(1, line).getResultList();
        return names.stream().findFirst();
    }

    @Override
    public void showAs(String line, java.util.Optional<String> name) {
        em.createNativeQuery("UPDATE partner_line SET shown_as = ?1 WHERE line_code = ?2")
                .setParameter(1, name.orElse(null)).setParameter(2, line).executeUpdate();
    }
}
