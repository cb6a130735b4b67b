package io.github.disclosureauditor.engine;

import io.github.disclosureauditor.facts.FactBuilder;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.finding.FindingCollector;
import io.github.disclosureauditor.finding.Ranking;
import io.github.disclosureauditor.ingest.DecodedText;
import io.github.disclosureauditor.ingest.InputException;
import io.github.disclosureauditor.ingest.TextDecoder;
import io.github.disclosureauditor.model.Document;
import io.github.disclosureauditor.parse.DisclosureParser;
import org.kie.api.runtime.StatelessKieSession;

import java.util.List;

/** Decode, parse, run the rules in a stateless session, rank. One instance serves many threads. */
public final class Auditor {
    /** Everything an audit produced. */
    public record Result(Document document, List<Finding> findings, java.util.Map<String, String> ruleErrors,
                         long ruleBaseVersion) {
    }

    private final RuleEngine engine;
    private final TextDecoder decoder = new TextDecoder();
    private final DisclosureParser parser = new DisclosureParser();
    private final FactBuilder facts = new FactBuilder();

    public Auditor(RuleEngine engine) {
        this.engine = engine;
    }

    public Result audit(byte[] bytes) throws InputException {
        return audit(decoder.decode(bytes));
    }

    public Result audit(DecodedText text) {
        RuleBase base = engine.current();
        if (base == null) {
            throw new IllegalStateException("规则库未能加载");
        }
        Document doc = parser.parse(text);
        FindingCollector collector = new FindingCollector(text);
        StatelessKieSession session = base.kieBase().newStatelessKieSession();
        session.setGlobal("findings", collector);
        session.execute(facts.facts(doc));
        return new Result(doc, Ranking.rank(collector.findings()), collector.ruleErrors(), base.version());
    }
}
