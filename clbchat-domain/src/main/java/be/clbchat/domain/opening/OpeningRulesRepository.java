package be.clbchat.domain.opening;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the opening rules of the lines are kept. */
public interface OpeningRulesRepository {

    List<RuleSet> ruleSets(String lineCode);

    /** The rule sets with their storage id and note, oldest first, for editing. */
    List<StoredRuleSet> storedRuleSets(String lineCode);

    /** Stores a new rule set ({@code id} null) or replaces one; returns its id. */
    long saveRuleSet(String lineCode, Long id, RuleSet rules, String note);

    void replaceSchoolHolidays(SchoolYear year, List<SchoolHolidayPeriod> periods);

    Map<SchoolYear, List<SchoolHolidayPeriod>> schoolHolidayOverrides();

    List<OpeningException> exceptions(String lineCode);

    Optional<OpeningException> exception(String lineCode, long id);

    OpeningException addException(String lineCode, Instant start, Instant end, OpeningException.Kind kind,
                                   String reason, String createdBy, Instant createdAt);

    boolean removeException(String lineCode, long id);
}
