package io.github.disclosureauditor.engine;

import io.github.disclosureauditor.facts.FactBuilder;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.finding.FindingCollector;
import io.github.disclosureauditor.finding.Ranking;
import io.github.disclosureauditor.ingest.DecodedText;
import io.github.disclosureauditor.ingest.InputException;
import io.github.disclosureauditor.ingest.DocumentReaders;
import io.github.disclosureauditor.model.Document;
import io.github.disclosureauditor.parse.DisclosureParser;
import org.kie.api.runtime.StatelessKieSession;

import java.util.List;

/**
 * Read (text, PDF, Word, Excel), parse, run the rules in a stateless session, rank. A document
 * that cannot be read (a scan, garbled text) is not audited: only the fact saying so goes to
 * the rules. One instance serves many threads.
 */
public final class Auditor {
    /** Everything an audit produced. */
    public record Result(Document document, DecodedText text, List<Finding> findings,
                         java.util.Map<String, String> ruleErrors, long ruleBaseVersion) {
    }

    private final RuleEngine engine;
    private final DocumentReaders readers = new DocumentReaders();
    private final DisclosureParser parser = new DisclosureParser();
    private final FactBuilder facts = new FactBuilder();

    public Auditor(RuleEngine engine) {
        this.engine = engine;
    }

    public Result audit(byte[] bytes) throws InputException {
        return audit(readers.read(bytes));
    }

    public Result audit(DecodedText text) {
        return evaluate(text, parser.parse(text));
    }

    /** Runs the rules on an already parsed document (benchmarks time parsing and rules apart). */
    public Result evaluate(DecodedText text, Document doc) {
        RuleBase base = engine.current();
        if (base == null) {
            throw new IllegalStateException("规则库未能加载");
        }
        FindingCollector collector = new FindingCollector(text);
        StatelessKieSession session = base.kieBase().newStatelessKieSession();
        session.setGlobal("findings", collector);
        session.execute(text.readable() ? facts.facts(doc) : facts.unreadable(doc, text.unreadable()));
        return new Result(doc, text, Ranking.rank(collector.findings()), collector.ruleErrors(), base.version());
    }
}
