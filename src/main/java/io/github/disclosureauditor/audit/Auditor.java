package io.github.disclosureauditor.audit;

import io.github.disclosureauditor.engine.PolicyFacts;
import io.github.disclosureauditor.engine.RuleBase;
import io.github.disclosureauditor.engine.RuleEngine;

import io.github.disclosureauditor.facts.KeyAlias;

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
    /**
     * Everything an audit produced. {@code facts} are the document's facts as the rules saw them
     * (without the rule base's policy rows), kept so a series audit need not build them again.
     */
    public record Result(Document document, DecodedText text, List<Finding> findings,
                         java.util.Map<String, String> ruleErrors, long ruleBaseVersion, List<Object> facts) {
        public Result {
            facts = List.copyOf(facts);
        }
    }

    private final RuleEngine engine;
    private final DocumentReaders readers = new DocumentReaders();
    private final DisclosureParser parser = new DisclosureParser();
    private final FactBuilder facts = new FactBuilder();
    /** Runs time-limited audits; idle daemon threads expire, so nothing needs closing. */
    private final java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "audit");
        t.setDaemon(true);
        return t;
    });

    public Auditor(RuleEngine engine) {
        this.engine = engine;
    }

    public Result audit(byte[] bytes) throws InputException {
        return audit(readers.read(bytes));
    }

    /**
     * Audits with a time limit. Parsing checks for interruption, so a document that would run
     * past the limit is abandoned and reported as {@code PROCESSING_TIMEOUT}.
     */
    public Result audit(byte[] bytes, java.time.Duration limit) throws InputException {
        java.util.concurrent.Future<Result> task = workers.submit(() -> audit(bytes));
        try {
            return task.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            task.cancel(true);
            throw new InputException("PROCESSING_TIMEOUT", "文档处理超过时限（" + limit.toSeconds() + " 秒），已放弃");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new InputException("PROCESSING_TIMEOUT", "文档处理被中断");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof InputException ie) {
                throw ie;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public Result audit(DecodedText text) {
        return evaluate(text, parser.parse(text));
    }

    /**
     * The document's facts with the rule base's policy lists (rules/*.csv): aliases, each alias's
     * subject comparable with itself too, no alias twice (only aliases are compared: the
     * document's own facts go in as built, without hashing each of them on every audit); the
     * identity and scope rows as read.
     */
    public static List<Object> withPolicy(List<Object> facts, PolicyFacts policy) {
        java.util.Set<KeyAlias> present = new java.util.HashSet<>();
        for (Object f : facts) {
            if (f instanceof KeyAlias k) {
                present.add(k);
            }
        }
        List<Object> all = new java.util.ArrayList<>(facts);
        for (KeyAlias a : policy.aliases()) {
            KeyAlias self = new KeyAlias(a.narrativeKey(), a.narrativeKey());
            if (present.add(self)) {
                all.add(self);
            }
            if (present.add(a)) {
                all.add(a);
            }
        }
        all.addAll(policy.tables());
        return all;
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
        List<Object> docFacts = text.readable() ? facts.facts(doc) : facts.unreadable(doc, text.unreadable());
        session.execute(text.readable() ? withPolicy(docFacts, base.policy()) : docFacts);
        return new Result(doc, text, Ranking.rank(collector.findings()), collector.ruleErrors(), base.version(), docFacts);
    }
}
