package io.github.disclosureauditor.report;

import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.model.Document;
import io.github.disclosureauditor.model.ParseProblem;

import java.util.List;

/** The audit JSON contract shared by the CLI and the HTTP service. */
public record AuditReport(String source, DocumentSummary document, List<Finding> findings,
                          List<ParseProblem> parseProblems, java.util.Map<String, String> ruleErrors) {

    public record DocumentSummary(String unit, Integer year, String kind, String format, String encoding, int lines,
                                  List<TableSummary> tables) {
    }

    public record TableSummary(int id, String family, String familyName, String title, String number, int line,
                               int endLine, int page, String unit, int rows) {
    }

    public static AuditReport of(String source, Auditor.Result r) {
        Document d = r.document();
        List<TableSummary> tables = d.tables().stream()
                .map(t -> new TableSummary(t.id(), t.family().name(), t.family().displayName(), t.title(), t.number(),
                        t.span().line(), t.span().endLine(), r.text().pageOf(t.span().line()), t.unit(),
                        t.rows().size()))
                .toList();
        return new AuditReport(source, new DocumentSummary(d.unit(), d.year(), d.kind().name(), r.text().format(),
                d.encoding(),
                d.lineCount(), tables), r.findings(), d.problems(), r.ruleErrors());
    }
}
