package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.clb.Clb;
import be.clbchat.domain.clb.ClbRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaClbRepository implements ClbRepository {

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    public List<Clb> all() {
        return em.createNamedQuery(Clb.ALL, Clb.class).getResultList();
    }

    @Override
    public Optional<Clb> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Clb.class, code));
    }

    @Override
    public Optional<Clb> byName(String name) {
        return em.createQuery("SELECT c FROM Clb c WHERE c.name = :name", Clb.class).setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Clb clb) {
        em.persist(clb);
    }
}
