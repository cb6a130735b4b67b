package io.github.disclosureauditor.engine;

import org.kie.api.KieBase;

import java.time.Instant;
import java.util.List;

/** An immutable, successfully built set of rules. Shared by all audits until replaced. */
public record RuleBase(KieBase kieBase, List<RuleInfo> rules, long version, Instant builtAt, String directory) {
    public RuleBase {
        rules = List.copyOf(rules);
    }
}
