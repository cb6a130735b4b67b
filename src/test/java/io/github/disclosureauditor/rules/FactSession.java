package io.github.disclosureauditor.rules;

import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.engine.RuleBase;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.finding.FindingCollector;
import io.github.disclosureauditor.finding.Ranking;
import io.github.disclosureauditor.ingest.DecodedText;
import org.kie.api.runtime.StatelessKieSession;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the project's rules on facts given directly, as Drools' own examples test rules: no
 * document, no parser, only the facts a rule matches. Evidence text comes from a blank document
 * of 500 lines, so cited lines are checked, not their text. The identity and scope lists of
 * rules/ go in with the facts, as they do in an audit.
 */
final class FactSession {
    private static final DecodedText BLANK;

    static {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            lines.add("");
        }
        BLANK = new DecodedText("UTF-8", lines, lines);
    }

    private FactSession() {
    }

    /** The ranked findings of the rules on these facts. */
    static List<Finding> run(Object... facts) {
        RuleBase base = TestSupport.engine().current();
        FindingCollector collector = new FindingCollector(BLANK);
        StatelessKieSession session = base.kieBase().newStatelessKieSession();
        session.setGlobal("findings", collector);
        // The identity and scope lists are part of the rules (rules/*.csv); aliases are given
        // by each test, to show which one a rule relies on.
        List<Object> all = new ArrayList<>(List.of(facts));
        all.addAll(base.policy().tables());
        session.execute(all);
        if (!collector.ruleErrors().isEmpty()) {
            throw new AssertionError("rule errors: " + collector.ruleErrors());
        }
        return Ranking.rank(collector.findings());
    }

    /** The findings of one rule. */
    static List<Finding> of(String ruleId, Object... facts) {
        return run(facts).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
