package be.clbchat.application.opening;

import be.clbchat.application.line.LineService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.opening.FlemishSchoolCalendar;
import be.clbchat.domain.opening.OpeningRulesRepository;
import be.clbchat.domain.opening.RuleSet;
import be.clbchat.domain.opening.SchoolHolidayPeriod;
import be.clbchat.domain.opening.SchoolYear;
import be.clbchat.domain.opening.StoredRuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

@ApplicationScoped
@Transactional
public class DefaultOpeningRulesService implements OpeningRulesService {

    @Inject
    private LineService lines;

    @Inject
    private OpeningRulesRepository rules;

    @Inject
    private Event<OpeningRulesChanged> changes;

    @Override
    public List<StoredRuleSet> ruleSets(String line) {
        lines.line(line);
        return rules.storedRuleSets(line);
    }

    @Override
    public long saveRuleSet(String line, Long id, RuleSet ruleSet, String note) {
        lines.line(line);
        Objects.requireNonNull(ruleSet, "ruleSet");
        for (StoredRuleSet other : rules.storedRuleSets(line)) {
            if (!Objects.equals(id, other.id()) && other.rules().overlaps(ruleSet)) {
                throw Refusal.invalid("overlapping-rule-sets", "Deze periode overlapt met de regels "
                        + describe(other.rules()) + ". Laat die eerst eindigen.");
            }
        }
        long saved = rules.saveRuleSet(line, id, ruleSet, note);
        changes.fire(new OpeningRulesChanged(line));
        return saved;
    }

    @Override
    public List<SchoolHolidayPeriod> schoolHolidays(SchoolYear year) {
        return FlemishSchoolCalendar.holidays(year, rules.schoolHolidayOverrides());
    }

    @Override
    public boolean isOverridden(SchoolYear year) {
        return rules.schoolHolidayOverrides().containsKey(year);
    }

    @Override
    public void overrideSchoolHolidays(SchoolYear year, List<SchoolHolidayPeriod> periods) {
        List<SchoolHolidayPeriod> sorted = periods.stream()
                .sorted(Comparator.comparing(SchoolHolidayPeriod::firstDay)).toList();
        for (SchoolHolidayPeriod period : sorted) {
            if (period.firstDay().isBefore(year.firstDay()) || period.lastDay().isAfter(year.lastDay())) {
                throw Refusal.invalid("outside-school-year", "De " + period.holiday().dutchName()
                        + " valt niet binnen schooljaar " + year.label() + ".");
            }
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).firstDay().isAfter(sorted.get(i - 1).lastDay())) {
                throw Refusal.invalid("overlapping-holidays", "De " + sorted.get(i - 1).holiday().dutchName()
                        + " en de " + sorted.get(i).holiday().dutchName() + " overlappen.");
            }
        }
        rules.replaceSchoolHolidays(year, sorted);
        changes.fire(new OpeningRulesChanged(null));
    }

    @Override
    public void resetSchoolHolidays(SchoolYear year) {
        rules.replaceSchoolHolidays(year, List.of());
        changes.fire(new OpeningRulesChanged(null));
    }

    private static String describe(RuleSet rules) {
        return "van " + rules.validFrom() + (rules.validUntil() == null ? " (zonder einde)" : " tot " + rules.validUntil());
    }
}
