package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.tool.FavouritesList;
import be.clbchat.domain.tool.Tool;
import be.clbchat.domain.tool.ToolListEntry;
import be.clbchat.domain.tool.ToolRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaToolRepository implements ToolRepository {

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    public List<Tool> all() {
        return em.createNamedQuery(Tool.ALL, Tool.class).getResultList();
    }

    @Override
    public Optional<Tool> find(long id) {
        return Optional.ofNullable(em.find(Tool.class, id));
    }

    @Override
    public Optional<Tool> byName(String name) {
        return em.createNamedQuery(Tool.BY_NAME, Tool.class).setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public void add(Tool tool) {
        em.persist(tool);
        // The database numbers tools: the id is needed at once, to place the tool on its lists.
        em.flush();
    }

    @Override
    public List<ToolListEntry> entries() {
        return em.createNamedQuery(ToolListEntry.ALL, ToolListEntry.class).getResultList();
    }

    @Override
    public List<ToolListEntry> entries(FavouritesList list) {
        return em.createNamedQuery(ToolListEntry.OF_LIST, ToolListEntry.class).setParameter("list", list)
                .getResultList();
    }

    @Override
    public void add(ToolListEntry entry) {
        em.persist(entry);
    }

    @Override
    public void remove(ToolListEntry entry) {
        em.remove(entry);
    }
}
