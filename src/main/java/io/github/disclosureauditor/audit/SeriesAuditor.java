package io.github.disclosureauditor.audit;

import io.github.disclosureauditor.engine.RuleBase;
import io.github.disclosureauditor.engine.RuleEngine;
import io.github.disclosureauditor.facts.KeyAlias;
import io.github.disclosureauditor.facts.Quantity;
import io.github.disclosureauditor.facts.SeriesDoc;
import io.github.disclosureauditor.facts.StatedFigure;
import io.github.disclosureauditor.facts.YearFigure;
import io.github.disclosureauditor.finding.Evidence;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.finding.FindingCollector;
import io.github.disclosureauditor.finding.Ranking;
import io.github.disclosureauditor.ingest.DecodedText;
import io.github.disclosureauditor.ingest.LineLayout;
import io.github.disclosureauditor.model.Basis;
import io.github.disclosureauditor.model.Claim;
import io.github.disclosureauditor.model.Document;
import io.github.disclosureauditor.model.DocumentKind;
import io.github.disclosureauditor.model.FundScope;
import io.github.disclosureauditor.facts.DocInfo;
import io.github.disclosureauditor.vocabulary.UnitNames;
import org.kie.api.runtime.StatelessKieSession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Audits a unit's documents of several years together: each document's table figures for its own
 * year, and the figures it states about another year (上年 amounts, a final account's 年初预算), go
 * into one session as series facts; the rules of category CROSS_DOCUMENT compare them. Evidence
 * names the document each cited line is in.
 */
public final class SeriesAuditor {
    /** One audited document, as the series needs it. */
    public record Member(String name, Auditor.Result result) {
    }

    /** A unit's series: its documents (oldest first) and the cross-document findings. */
    public record Series(String unit, List<SeriesDoc> documents, List<Finding> findings, Map<String, String> ruleErrors) {
    }

    private final RuleEngine engine;

    public SeriesAuditor(RuleEngine engine) {
        this.engine = engine;
    }

    /**
     * The series among these documents: documents with a recognised unit, year and kind, grouped by
     * unit; a group needs two years, or a budget and a final account. Documents of one unit and the same year and kind
     * (a text and a tables volume) are kept apart: only other years are compared.
     */
    public List<Series> audit(List<Member> members) {
        Map<String, List<Member>> byUnit = new LinkedHashMap<>();
        for (Member m : members) {
            Document d = m.result().document();
            String unit = UnitNames.normalize(d.unit());
            if (unit.isEmpty() || d.year() == null || d.kind() == DocumentKind.UNKNOWN || !m.result().text().readable()) {
                continue;
            }
            byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(m);
        }
        List<Series> out = new ArrayList<>();
        for (List<Member> group : byUnit.values()) {
            if (group.stream().map(m -> m.result().document().year() + "|" + m.result().document().kind()).distinct()
                    .count() < 2) {
                continue;
            }
            group.sort(Comparator.comparing((Member m) -> m.result().document().year())
                    .thenComparing(m -> m.result().document().kind()).thenComparing(Member::name));
            out.add(series(group));
        }
        return out;
    }

    private Series series(List<Member> group) {
        List<Object> session = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        List<LineLayout> layouts = new ArrayList<>();
        List<SeriesDoc> docs = new ArrayList<>();
        int[] offsets = new int[group.size()];
        Set<String> statedKeys = new LinkedHashSet<>();
        for (int i = 0; i < group.size(); i++) {
            Member m = group.get(i);
            DecodedText text = m.result().text();
            offsets[i] = lines.size();
            lines.addAll(text.original());
            pages.addAll(text.pages());
            for (int l = 0; l < text.original().size(); l++) {
                layouts.add(text.layout(l));
            }
            Document d = m.result().document();
            SeriesDoc doc = new SeriesDoc(i, m.name(), d.year(), d.kind().name());
            docs.add(doc);
            session.add(doc);
            collect(doc, m.result(), offsets[i], session, statedKeys);
        }
        RuleBase base = engine.current();
        for (KeyAlias a : base.policy().aliases()) {
            session.add(a);
        }
        for (String k : statedKeys) {
            session.add(new KeyAlias(k, k));
        }
        session.addAll(base.policy().scopes());
        DecodedText all = new DecodedText("SERIES", "UTF-8", lines, lines, pages, "", layouts);
        FindingCollector collector = new FindingCollector(all);
        StatelessKieSession s = base.kieBase().newStatelessKieSession();
        s.setGlobal("findings", collector);
        s.execute(session);
        List<Finding> findings = new ArrayList<>();
        for (Finding f : Ranking.rank(collector.findings())) {
            List<Evidence> evidence = new ArrayList<>();
            for (Evidence e : f.evidence()) {
                int doc = docAt(offsets, e.line());
                evidence.add(e.in(docs.get(doc).name(), offsets[doc]));
            }
            findings.add(new Finding(f.rank(), f.ruleId(), f.category(), f.severity(), f.title(), f.message(),
                    f.expected(), f.actual(), evidence, f.magnitude()));
        }
        return new Series(group.get(0).result().document().unit(), docs, findings, collector.ruleErrors());
    }

    private static int docAt(int[] offsets, int line) {
        int doc = 0;
        for (int i = 0; i < offsets.length; i++) {
            if (line > offsets[i]) {
                doc = i;
            }
        }
        return doc;
    }

    /** The document's own-year figures and what it states about other years, as series facts. */
    private static void collect(SeriesDoc doc, Auditor.Result result, int offset, List<Object> session,
                                Set<String> statedKeys) {
        Document d = result.document();
        boolean singleFund = false;
        Map<String, String> paths = new HashMap<>();
        List<Quantity> quantities = new ArrayList<>();
        for (Object f : result.facts()) {
            if (f instanceof DocInfo info) {
                singleFund = info.singleFund();
            } else if (f instanceof KeyAlias a && a.narrativeKey().startsWith("PATH:")) {
                paths.putIfAbsent(a.narrativeKey(), a.tableKey());
            } else if (f instanceof Quantity q && !q.ambiguous()) {
                quantities.add(q);
            }
        }
        boolean fin = d.kind() == DocumentKind.FINAL_ACCOUNT;
        for (Quantity q : quantities) {
            int line = q.line() + offset;
            if (q.scope().equals("PRIOR")) {
                session.add(new StatedFigure(doc.doc(), doc.kind(), StatedFigure.Kind.PRIOR, doc.year() - 1, q.key(),
                        FundScope.UNKNOWN, q.value(), q.decimals(), line, q.tableTitle() + " “" + q.label() + "”"));
                statedKeys.add(q.key());
            } else if (fin && q.scope().equals("BUDGET")) {
                session.add(new StatedFigure(doc.doc(), doc.kind(), StatedFigure.Kind.PLANNED, doc.year(), q.key(),
                        FundScope.UNKNOWN, q.value(), q.decimals(), line, q.tableTitle() + " “" + q.label() + "”"));
                statedKeys.add(q.key());
            } else {
                session.add(new YearFigure(doc.doc(), doc.year(), doc.kind(), q.key(), q.scope(), q.value(),
                        q.decimals(), singleFund, line, q.tableTitle(), q.label()));
            }
        }
        if (fin) {
            plannedColumns(doc, d, offset, session, statedKeys);
        }
        for (Claim c : d.claims()) {
            StatedFigure s = stated(doc, c, offset, paths, fin);
            if (s != null) {
                session.add(s);
                statedKeys.add(s.key());
            }
        }
    }

    /**
     * A final account's 年初预算 columns (Basis.BUDGET) of its function tables: per function code,
     * and the total row as the table's expense total, in the table's money.
     */
    private static void plannedColumns(SeriesDoc doc, Document d, int offset, List<Object> session,
                                       Set<String> statedKeys) {
        for (io.github.disclosureauditor.model.Table t : d.tables()) {
            if (t.check().misread() || t.family() == io.github.disclosureauditor.model.TableFamily.THREE_PUBLIC) {
                continue;
            }
            for (io.github.disclosureauditor.model.Row r : t.rows()) {
                String key = r.codeKind() == io.github.disclosureauditor.model.CodeKind.FUNCTION ? "FUNC:" + r.code()
                        : r.role() == io.github.disclosureauditor.model.RowRole.TOTAL && r.level() == 0 ? "EXPENSE" : null;
                if (key == null) {
                    continue;
                }
                for (io.github.disclosureauditor.model.Cell c : r.cells()) {
                    io.github.disclosureauditor.model.Column col = t.column(c.column());
                    if (col != null && col.basis() == Basis.BUDGET && !c.uncertain()
                            && (col.meaning() == io.github.disclosureauditor.model.ColumnMeaning.TOTAL
                            || col.meaning() == io.github.disclosureauditor.model.ColumnMeaning.AMOUNT)) {
                        session.add(new StatedFigure(doc.doc(), doc.kind(), StatedFigure.Kind.PLANNED, doc.year(), key,
                                t.scope(), c.value(), c.decimals(), c.line() + offset, t.title() + " “" + r.display() + "”"));
                        statedKeys.add(key);
                        break;
                    }
                }
            }
        }
    }

    /** A narrative statement about another year's figure, with its subject as a table key. */
    private static StatedFigure stated(SeriesDoc doc, Claim c, int offset, Map<String, String> paths, boolean fin) {
        if (c instanceof Claim.Change ch && ch.basis().isPrior() && (ch.deltaStated() || ch.flat() || ch.hasPrior())) {
            String key = key(ch.subject(), paths);
            if (key == null) {
                return null;
            }
            double prior = ch.hasPrior() ? ch.prior() : ch.flat() ? ch.current()
                    : ch.increase() ? ch.current() - ch.delta() : ch.current() + ch.delta();
            int decimals = ch.hasPrior() ? ch.priorDecimals() : Math.max(ch.currentDecimals(), ch.deltaDecimals());
            if (prior < 0) {
                // A decrease larger than the amount: the sentence was misread, not a figure to compare.
                return null;
            }
            return new StatedFigure(doc.doc(), doc.kind(), StatedFigure.Kind.PRIOR, doc.year() - 1, key, ch.scope(), prior,
                    decimals, ch.span().line() + offset, ch.text());
        }
        if (fin && c instanceof Claim.Amount a && a.basis() == Basis.BUDGET && a.resolved()) {
            String key = key(a.subject(), paths);
            return key == null ? null : new StatedFigure(doc.doc(), doc.kind(), StatedFigure.Kind.PLANNED, doc.year(), key,
                    a.scope(), a.value(), a.decimals(), a.span().line() + offset, a.text());
        }
        if (fin && c instanceof Claim.Rate r && r.budget() > 0) {
            String key = key(r.subject(), paths);
            return key == null ? null : new StatedFigure(doc.doc(), doc.kind(), StatedFigure.Kind.PLANNED, doc.year(), key,
                    FundScope.UNKNOWN, r.budget(), r.budgetDecimals(), r.span().line() + offset, r.text());
        }
        return null;
    }

    /** A subject as a table key: a 类/款/项 path through the document's own codes; null if unknown. */
    private static String key(String subject, Map<String, String> paths) {
        if (subject == null || subject.isEmpty()) {
            return null;
        }
        return subject.startsWith("PATH:") ? paths.get(subject) : subject;
    }
}
