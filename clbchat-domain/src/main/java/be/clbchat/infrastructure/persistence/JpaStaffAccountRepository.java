package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.staff.StaffAccount;
import be.clbchat.domain.staff.StaffAccountRepository;
import be.clbchat.domain.staff.StaffRole;
import be.clbchat.domain.staff.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaStaffAccountRepository implements StaffAccountRepository {

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    public Optional<StaffAccount> find(Username username) {
        return Optional.ofNullable(em.find(StaffAccount.class, username.value()));
    }

    @Override
    public void add(StaffAccount account) {
        em.persist(account);
        em.flush(); // before rows that refer to it without a mapped relation (team memberships)
    }

    @Override
    public Optional<StaffAccount> lock(Username username) {
        return Optional.ofNullable(em.find(StaffAccount.class, username.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<StaffAccount> all() {
        return em.createQuery("SELECT a FROM StaffAccount a ORDER BY a.displayName, a.username", StaffAccount.class)
                .getResultList();
    }

    @Override
    public List<StaffAccount> ofClb(String clb) {
        return em.createNamedQuery(StaffAccount.OF_CLB, StaffAccount.class).setParameter("clb", clb).getResultList();
    }

    @Override
    public Map<StaffRole, Long> countActiveByRole() {
        Map<StaffRole, Long> counts = new EnumMap<>(StaffRole.class);
        for (Object[] row : em.createNamedQuery(StaffAccount.COUNT_BY_ROLE, Object[].class).getResultList()) {
            counts.put((StaffRole) row[0], (Long) row[1]);
        }
        return counts;
    }
}
