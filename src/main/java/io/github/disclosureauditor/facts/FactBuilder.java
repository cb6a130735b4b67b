package io.github.disclosureauditor.facts;

import io.github.disclosureauditor.model.Document;
import io.github.disclosureauditor.model.CodeKind;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.RowRole;
import io.github.disclosureauditor.model.Table;
import io.github.disclosureauditor.model.TableFamily;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a parsed document into the facts the rules reason over. */
public final class FactBuilder {
    public List<Object> facts(Document doc) {
        List<Object> facts = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        Set<String> families = new LinkedHashSet<>();
        for (Table t : doc.tables()) {
            families.add(t.family().name());
            facts.add(new TableInfo(t.id(), t.family().name(), t.title(), t.line(), t.span().endLine(), t.hasNumbers(),
                    t.rows().size(), Quantities.scope(t.scope()), t.check().checked(), t.check().held(),
                    t.check().misread(), t.check().reason()));
            facts.addAll(SumChecks.of(t));
            facts.addAll(PartOfWhole.of(t));
            quantities.addAll(Quantities.of(t, doc.kind()));
        }
        facts.addAll(quantities);
        facts.add(new DocInfo(doc.unit(), doc.year(), doc.kind().name(), singleFund(quantities), families,
                doc.tables().size(), doc.profile().template().name(), doc.profile().level().name()));
        SubjectPaths paths = new SubjectPaths(doc.tables());
        Set<String> pathKeys = new LinkedHashSet<>();
        for (io.github.disclosureauditor.model.Claim c : doc.claims()) {
            facts.add(c);
            if (c instanceof io.github.disclosureauditor.model.Claim.Amount a && a.subject().startsWith("PATH:")
                    && pathKeys.add(a.subject())) {
                String code = paths.resolve(a.path());
                if (code != null) {
                    facts.add(new KeyAlias(a.subject(), code));
                } else if (paths.hasCodes() && paths.knowsClass(a.path())) {
                    facts.add(new UnresolvedSubject(a, "yes"));
                }
            }
        }
        facts.addAll(doc.flags());
        ProjectList projects = projects(doc);
        if (projects != null) {
            facts.add(projects);
        }
        // Every figure is comparable with its own key; which other keys it may stand for is
        // policy, read from rules/aliases.csv with the rules (RuleBase.aliases).
        Set<String> keys = new LinkedHashSet<>();
        quantities.forEach(q -> keys.add(q.key()));
        for (String k : keys) {
            facts.add(new KeyAlias(k, k));
        }
        return facts;
    }

    /** Facts for a document whose text cannot be audited: what it is and why. */
    public List<Object> unreadable(Document doc, String reason) {
        return List.of(new DocInfo(doc.unit(), doc.year(), doc.kind().name(), false, Set.of(), 0,
                doc.profile().template().name(), doc.profile().level().name()),
                new InputIssue("UNREADABLE", reason));
    }

    /** True when there is no carry-over and all current income is 一般公共预算. */
    static boolean singleFund(List<Quantity> qs) {
        for (Quantity q : qs) {
            if (q.key().equals("CARRY_IN") && q.value() > 0) {
                return false;
            }
        }
        Double income = null;
        Double gpb = null;
        for (Quantity q : qs) {
            if (q.key().equals("INCOME") && q.scope().equals("ALL")) {
                income = q.value();
            } else if (q.key().equals("GPB") && !q.family().equals(TableFamily.GPB_EXPENSE.name())) {
                gpb = gpb == null ? q.value() : Math.max(gpb, q.value());
            }
        }
        return income == null || gpb == null || Math.abs(income - gpb) < 0.011;
    }

    private static ProjectList projects(Document doc) {
        List<Integer> lines = new ArrayList<>();
        int line = 0;
        boolean anyTable = false;
        for (Table t : doc.tables()) {
            if (t.family() == TableFamily.PROJECT_EXPENSE) {
                anyTable = true;
                line = line == 0 ? t.line() : line;
                for (Row r : t.rows()) {
                    if (r.hasValues() && !r.isTotal() && r.level() > 0 && r.codeKind() != CodeKind.UNIT
                            && r.role() != RowRole.OF_WHICH && r.role() != RowRole.UNIT
                            && !(r.label().isEmpty() && r.code().isEmpty())) {
                        lines.add(r.span().line());
                    }
                }
            }
        }
        if (anyTable) {
            return new ProjectList("项目支出表", lines.size(), line, lines);
        }
        for (Table t : doc.tables()) {
            if (t.family() == TableFamily.PERF_SELF_EVAL) {
                lines.add(t.line());
            }
        }
        return lines.isEmpty() ? null : new ProjectList("项目支出绩效自评表", lines.size(), lines.get(0), lines);
    }
}
