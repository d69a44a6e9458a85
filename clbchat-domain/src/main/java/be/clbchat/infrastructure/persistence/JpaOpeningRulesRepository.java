package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.opening.OpeningException;
import be.clbchat.domain.opening.OpeningRulesRepository;
import be.clbchat.domain.opening.RuleSet;
import be.clbchat.domain.opening.SchoolHolidayPeriod;
import be.clbchat.domain.opening.SchoolYear;
import be.clbchat.domain.opening.StoredRuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaOpeningRulesRepository implements OpeningRulesRepository {

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    public List<RuleSet> ruleSets(String lineCode) {
        return em.createNamedQuery(JpaRuleSet.FOR_LINE, JpaRuleSet.class).setParameter("line", lineCode)
                .getResultList().stream().map(JpaRuleSet::toRules).toList();
    }

    @Override
    public List<StoredRuleSet> storedRuleSets(String lineCode) {
        return em.createNamedQuery(JpaRuleSet.FOR_LINE, JpaRuleSet.class).setParameter("line", lineCode)
                .getResultList().stream().map(r -> new StoredRuleSet(r.id(), r.toRules(), r.note())).toList();
    }

    @Override
    public long saveRuleSet(String lineCode, Long id, RuleSet rules, String note) {
        if (id == null) {
            JpaRuleSet row = new JpaRuleSet(lineCode, rules, note);
            em.persist(row);
            em.flush();
            return row.id();
        }
        JpaRuleSet row = em.find(JpaRuleSet.class, id);
        if (row == null || !row.lineCode().equals(lineCode)) {
            throw new IllegalArgumentException("No rule set " + id + " for line " + lineCode);
        }
        row.replaceWith(rules, note);
        return id;
    }

    @Override
    public void replaceSchoolHolidays(SchoolYear year, List<SchoolHolidayPeriod> periods) {
        em.createQuery("DELETE FROM JpaSchoolHolidayOverride o WHERE o.schoolYear = :year")
                .setParameter("year", year.startYear()).executeUpdate();
        for (SchoolHolidayPeriod period : periods) {
            em.persist(new JpaSchoolHolidayOverride(year, period));
        }
    }

    @Override
    public Map<SchoolYear, List<SchoolHolidayPeriod>> schoolHolidayOverrides() {
        Map<SchoolYear, List<SchoolHolidayPeriod>> overrides = new HashMap<>();
        for (JpaSchoolHolidayOverride row : em.createNamedQuery(JpaSchoolHolidayOverride.ALL,
                JpaSchoolHolidayOverride.class).getResultList()) {
            overrides.computeIfAbsent(row.schoolYear(), y -> new ArrayList<>()).add(row.toPeriod());
        }
        return overrides;
    }

    @Override
    public List<OpeningException> exceptions(String lineCode) {
        return em.createNamedQuery(JpaOpeningException.FOR_LINE, JpaOpeningException.class)
                .setParameter("line", lineCode).getResultList().stream()
                .map(JpaOpeningException::toException).toList();
    }

    @Override
    public Optional<OpeningException> exception(String lineCode, long id) {
        return Optional.ofNullable(em.find(JpaOpeningException.class, id))
                .filter(row -> row.lineCode().equals(lineCode))
                .map(JpaOpeningException::toException);
    }

    @Override
    public OpeningException addException(String lineCode, Instant start, Instant end, OpeningException.Kind kind,
                                         String reason, String createdBy, Instant createdAt) {
        JpaOpeningException row = new JpaOpeningException(lineCode,
                new OpeningException(0, start, end, kind, reason), createdBy, createdAt);
        em.persist(row);
        em.flush();
        return row.toException();
    }

    @Override
    public boolean removeException(String lineCode, long id) {
        JpaOpeningException row = em.find(JpaOpeningException.class, id);
        if (row == null || !row.lineCode().equals(lineCode)) {
            return false;
        }
        em.remove(row);
        return true;
    }
}
