package io.github.disclosureauditor.server;

import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.ingest.InputException;
import io.github.disclosureauditor.report.AuditReport;
import io.github.disclosureauditor.report.Json;
import io.github.disclosureauditor.store.AuditStore;
import io.github.disclosureauditor.store.FindingKeys;
import io.github.disclosureauditor.store.Review;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/audit}: the audit JSON of the CLI contract, optionally with the decoded text.
 * The audit is kept (document, findings, rule-base version) unless {@code ?keep=false}; the answer
 * then carries its id, each finding's key and the verdicts already given on the same document.
 */
final class AuditApi {
    /** The CLI report plus the kept audit's id, the finding keys, verdicts and, on request, the text. */
    record Response(String source, AuditReport.DocumentSummary document, List<Finding> findings, Object parseProblems,
                    Object ruleErrors, long ruleBaseVersion, List<String> text, Long auditId, String docHash,
                    List<String> findingKeys, Map<String, Review> reviews) {
        Response withoutText() {
            return new Response(source, document, findings, parseProblems, ruleErrors, ruleBaseVersion, null, auditId,
                    docHash, findingKeys, reviews);
        }

        /** The same answer once kept: its audit id and the document's verdicts. */
        Response kept(long id, Map<String, Review> documentReviews) {
            return new Response(source, document, findings, parseProblems, ruleErrors, ruleBaseVersion, text, id,
                    docHash, findingKeys, documentReviews);
        }
    }

    private final Auditor auditor;
    private final AuditStore store;
    private final long maxBytes;

    AuditApi(Auditor auditor, AuditStore store, long maxBytes) {
        this.auditor = auditor;
        this.store = store;
        this.maxBytes = maxBytes;
    }

    void audit(Context ctx) throws InputException {
        DocumentUpload.Upload upload = DocumentUpload.read(ctx, maxBytes);
        Response r = audit(upload.name(), upload.bytes(), !"false".equalsIgnoreCase(ctx.queryParam("keep")));
        boolean withText = "true".equalsIgnoreCase(ctx.queryParam("includeText"));
        Responses.json(ctx, 200, withText ? r : r.withoutText());
    }

    /** Audits, keeps (when asked) and answers with text; used by uploads, batches and re-audits. */
    Response audit(String name, byte[] bytes, boolean keep) throws InputException {
        Auditor.Result result = auditor.audit(bytes, ServerOptions.TIME_LIMIT);
        AuditReport report = AuditReport.of(name, result);
        List<String> keys = report.findings().stream().map(FindingKeys::of).toList();
        String hash = AuditStore.hash(bytes);
        Response full = new Response(report.source(), report.document(), report.findings(), report.parseProblems(),
                report.ruleErrors(), result.ruleBaseVersion(), result.text().original(), null, hash, keys, Map.of());
        if (!keep) {
            return full;
        }
        long id = store.save(name, bytes, hash, report, Json.write(full, false), result.ruleBaseVersion());
        return full.kept(id, store.reviews(hash));
    }
}
