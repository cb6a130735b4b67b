package io.github.disclosureauditor.engine;

import org.kie.api.KieBase;

import java.time.Instant;
import java.util.List;

/**
 * An immutable, successfully built set of rules, with the policy facts read beside them
 * (aliases.csv, identities.csv, claim_scopes.csv). Shared by all audits until replaced.
 */
public record RuleBase(KieBase kieBase, List<RuleInfo> rules, long version, Instant builtAt, String directory,
                       PolicyFacts policy) {
    public RuleBase {
        rules = List.copyOf(rules);
    }
}
