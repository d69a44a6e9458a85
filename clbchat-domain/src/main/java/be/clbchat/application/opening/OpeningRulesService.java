package be.clbchat.application.opening;

import be.clbchat.domain.opening.RuleSet;
import be.clbchat.domain.opening.SchoolHolidayPeriod;
import be.clbchat.domain.opening.SchoolYear;
import be.clbchat.domain.opening.StoredRuleSet;
import java.util.List;

/** What coordinators edit: the weekly rule sets of a line and the school holiday periods of a school year. */
public interface OpeningRulesService {

    List<StoredRuleSet> ruleSets(String line);

    /**
     * Stores a new rule set ({@code id} null) or changes one. Refused as {@code overlapping-rule-sets} when its
     * validity overlaps another rule set of the line.
     */
    long saveRuleSet(String line, Long id, RuleSet rules, String note);

    /** The holidays that apply to a school year: the override when there is one, else the computed ones. */
    List<SchoolHolidayPeriod> schoolHolidays(SchoolYear year);

    boolean isOverridden(SchoolYear year);

    /** Replaces the computed holidays of a school year by these (as the government published them). */
    void overrideSchoolHolidays(SchoolYear year, List<SchoolHolidayPeriod> periods);

    /** Back to the computed holidays. */
    void resetSchoolHolidays(SchoolYear year);
}
