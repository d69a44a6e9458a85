package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.staff.StaffAccount;
import be.clbchat.domain.staff.StaffAccountRepository;
import be.clbchat.domain.staff.StaffRole;
import be.clbchat.domain.staff.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
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
