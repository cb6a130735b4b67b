package io.github.disclosureauditor.server;

import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.ingest.DecodedText;
import io.github.disclosureauditor.ingest.InputException;
import io.github.disclosureauditor.report.AuditReport;
import io.javalin.http.Context;

import java.util.List;

/** {@code POST /api/audit}: the audit JSON of the CLI contract, optionally with the decoded text. */
final class AuditApi {
    /** The CLI report plus, on request, the decoded lines the evidence numbers refer to. */
    record Response(String source, AuditReport.DocumentSummary document, Object findings, Object parseProblems,
                    Object ruleErrors, long ruleBaseVersion, List<String> text) {
    }

    private final Auditor auditor;
    private final long maxBytes;

    AuditApi(Auditor auditor, long maxBytes) {
        this.auditor = auditor;
        this.maxBytes = maxBytes;
    }

    void audit(Context ctx) throws InputException {
        DocumentUpload.Upload upload = DocumentUpload.read(ctx, maxBytes);
        Auditor.Result result = auditor.audit(upload.bytes(), ServerOptions.TIME_LIMIT);
        DecodedText text = result.text();
        AuditReport report = AuditReport.of(upload.name(), result);
        boolean withText = "true".equalsIgnoreCase(ctx.queryParam("includeText"));
        Responses.json(ctx, 200, new Response(report.source(), report.document(), report.findings(),
                report.parseProblems(), report.ruleErrors(), result.ruleBaseVersion(),
                withText ? text.original() : null));
    }
}
