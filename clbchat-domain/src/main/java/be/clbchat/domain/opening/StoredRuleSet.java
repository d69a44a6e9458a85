package be.clbchat.domain.opening;

import java.util.Objects;

/** A rule set as stored: its id, the rules, and a coordinator's note (may be null). */
public record StoredRuleSet(long id, RuleSet rules, String note) {

    public StoredRuleSet {
        Objects.requireNonNull(rules, "rules");
    }
}
