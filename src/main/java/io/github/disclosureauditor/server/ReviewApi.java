package io.github.disclosureauditor.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.disclosureauditor.ingest.InputException;
import io.github.disclosureauditor.ingest.PdfPages;
import io.github.disclosureauditor.report.Json;
import io.github.disclosureauditor.store.AuditStore;
import io.github.disclosureauditor.store.AuditSummary;
import io.github.disclosureauditor.store.Review;
import io.github.disclosureauditor.store.Verdict;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kept audits and their review: the history, one audit with its verdicts, a verdict on a finding,
 * a re-audit with the current rules (what is new, what is gone), exports, and the PDF pages the
 * evidence is drawn on.
 */
final class ReviewApi {
    record History(List<AuditSummary> audits) {
    }

    record VerdictRequest(String key, String verdict, String note) {
    }

    record Gone(String key, String ruleId, String severity, String title, String message) {
    }

    record Changes(long previousAuditId, long previousRuleBaseVersion, List<String> added, List<Gone> removed,
                   int kept) {
    }

    /** A kept document of the unit's series, as the timeline shows it. */
    record SeriesMember(long auditId, String name, int year, String kind) {
    }

    record SeriesView(String unit, List<SeriesMember> documents, List<io.github.disclosureauditor.finding.Finding> findings,
                      Map<String, String> ruleErrors) {
    }

    private static final int PAGE_CACHE = 48;

    private final AuditStore store;
    private final AuditApi audits;
    /** Rendered pages by document hash and page, least recently used dropped first. */
    private final Map<String, byte[]> pages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > PAGE_CACHE;
        }
    };

    private final io.github.disclosureauditor.audit.Auditor auditor;
    private final io.github.disclosureauditor.audit.SeriesAuditor series;

    ReviewApi(AuditStore store, AuditApi audits, io.github.disclosureauditor.audit.Auditor auditor,
              io.github.disclosureauditor.audit.SeriesAuditor series) {
        this.store = store;
        this.audits = audits;
        this.auditor = auditor;
        this.series = series;
    }

    /**
     * The kept audit's unit across the documents kept for it: the newest audit of each kept
     * document of the same unit (normalised name), audited again with the rules in force and
     * compared as a series. Without another year's document the series is the document alone.
     */
    void series(Context ctx) throws InputException {
        AuditStore.StoredAudit a = stored(ctx);
        String unit = io.github.disclosureauditor.vocabulary.UnitNames.normalize(a.summary().unit());
        if (unit.isEmpty()) {
            throw new ApiException(404, "NOT_FOUND", "该文档未识别出单位名称，无法与其他文档比对");
        }
        Map<String, AuditSummary> newest = new LinkedHashMap<>();
        for (AuditSummary s : store.list(10_000)) {
            if (unit.equals(io.github.disclosureauditor.vocabulary.UnitNames.normalize(s.unit()))) {
                newest.putIfAbsent(s.docHash(), s);
            }
        }
        List<io.github.disclosureauditor.audit.SeriesAuditor.Member> members = new ArrayList<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (AuditSummary s : newest.values()) {
            byte[] content = store.content(s.docHash()).orElse(null);
            if (content == null) {
                continue;
            }
            members.add(new io.github.disclosureauditor.audit.SeriesAuditor.Member(s.name(),
                    auditor.audit(content, ServerOptions.TIME_LIMIT)));
            ids.put(s.name(), s.id());
        }
        List<io.github.disclosureauditor.audit.SeriesAuditor.Series> found = series.audit(members);
        if (found.isEmpty()) {
            Responses.json(ctx, 200, new SeriesView(a.summary().unit(), List.of(new SeriesMember(a.summary().id(),
                    a.summary().name(), a.summary().year() == null ? 0 : a.summary().year(), a.summary().kind())),
                    List.of(), Map.of()));
            return;
        }
        io.github.disclosureauditor.audit.SeriesAuditor.Series s = found.get(0);
        List<SeriesMember> docs = s.documents().stream()
                .map(d -> new SeriesMember(ids.getOrDefault(d.name(), 0L), d.name(), d.year(), d.kind())).toList();
        Responses.json(ctx, 200, new SeriesView(s.unit(), docs, s.findings(), s.ruleErrors()));
    }

    void history(Context ctx) {
        int limit = intParam(ctx.queryParam("limit"), 200);
        Responses.json(ctx, 200, new History(store.list(Math.min(limit, 1000))));
    }

    void get(Context ctx) {
        Responses.json(ctx, 200, view(stored(ctx)));
    }

    void verdict(Context ctx) {
        AuditStore.StoredAudit a = stored(ctx);
        VerdictRequest req;
        try {
            req = Json.mapper().readValue(ctx.bodyAsBytes(), VerdictRequest.class);
        } catch (Exception e) {
            throw new ApiException(400, "BAD_REQUEST", "请求体应为 JSON：{\"key\": …, \"verdict\": \"CONFIRMED|DISMISSED|PENDING\", \"note\": …}");
        }
        Verdict v = Verdict.parse(req == null ? null : req.verdict());
        if (v == null) {
            throw new ApiException(400, "BAD_REQUEST", "verdict 应为 CONFIRMED（确认）、DISMISSED（误报）或 PENDING（待定）");
        }
        List<String> keys = store.findingKeys(a.summary().id());
        int at = keys.indexOf(req.key());
        if (at < 0) {
            throw new ApiException(404, "NOT_FOUND", "该次审核中没有这项发现：" + req.key());
        }
        String ruleId = req.key().substring(0, req.key().indexOf('|'));
        Review saved = store.setVerdict(a.summary().docHash(), req.key(), ruleId, v, req.note());
        Responses.json(ctx, 200, saved);
    }

    /** Audits the kept document again with the rules in force and says what changed. */
    void reaudit(Context ctx) throws InputException {
        AuditStore.StoredAudit before = stored(ctx);
        byte[] content = store.content(before.summary().docHash())
                .orElseThrow(() -> new ApiException(404, "NOT_FOUND", "原文档已不在数据库中"));
        AuditApi.Response now = audits.audit(before.summary().name(), content, true);
        List<String> oldKeys = store.findingKeys(before.summary().id());
        Set<String> newKeys = Set.copyOf(now.findingKeys());
        List<String> added = now.findingKeys().stream().filter(k -> !oldKeys.contains(k)).toList();
        List<Gone> removed = new ArrayList<>();
        JsonNode oldFindings = Json.readTree(before.reportJson()).get("findings");
        for (int i = 0; i < oldKeys.size(); i++) {
            if (!newKeys.contains(oldKeys.get(i))) {
                JsonNode f = oldFindings.get(i);
                removed.add(new Gone(oldKeys.get(i), f.path("ruleId").asText(), f.path("severity").asText(),
                        f.path("title").asText(), f.path("message").asText()));
            }
        }
        ObjectNode out = view(store.get(now.auditId()).orElseThrow());
        out.set("changes", Json.mapper().valueToTree(new Changes(before.summary().id(),
                before.summary().ruleBaseVersion(), added, removed, now.findingKeys().size() - added.size())));
        Responses.json(ctx, 200, out);
    }

    void export(Context ctx) {
        AuditStore.StoredAudit a = stored(ctx);
        ObjectNode view = view(a);
        String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
        String base = "审核" + a.summary().id();
        switch (format) {
            case "json" -> {
                view.remove("text");
                attachment(ctx, base + ".json", "application/json; charset=utf-8", Json.write(view, true));
            }
            case "csv" -> attachment(ctx, base + ".csv", "text/csv; charset=utf-8", ReviewExport.csv(view));
            case "html" -> {
                ctx.contentType("text/html; charset=utf-8").result(ReviewExport.html(view, a.summary()));
            }
            default -> throw new ApiException(400, "BAD_REQUEST", "format 应为 json、csv 或 html");
        }
    }

    void page(Context ctx) throws InputException {
        AuditStore.StoredAudit a = stored(ctx);
        if (!"PDF".equals(a.summary().format())) {
            throw new ApiException(404, "NOT_FOUND", "只有 PDF 文档有页面图像");
        }
        int page = intParam(ctx.pathParam("page"), -1);
        String key = a.summary().docHash() + "#" + page;
        byte[] png;
        synchronized (pages) {
            png = pages.get(key);
        }
        if (png == null) {
            byte[] pdf = store.content(a.summary().docHash())
                    .orElseThrow(() -> new ApiException(404, "NOT_FOUND", "原文档已不在数据库中"));
            png = PdfPages.png(pdf, page);
            synchronized (pages) {
                pages.put(key, png);
            }
        }
        ctx.header("Cache-Control", "private, max-age=86400");
        ctx.header("X-Scale", String.valueOf(PdfPages.SCALE));
        ctx.contentType("image/png").result(png);
    }

    /** The kept report with its id, previous audit, keys and the document's verdicts. */
    private ObjectNode view(AuditStore.StoredAudit a) {
        ObjectNode node = (ObjectNode) Json.readTree(a.reportJson());
        node.put("auditId", a.summary().id());
        node.put("docHash", a.summary().docHash());
        node.put("createdAt", a.summary().createdAt().toString());
        node.put("pageScale", PdfPages.SCALE);
        node.set("findingKeys", Json.mapper().valueToTree(store.findingKeys(a.summary().id())));
        node.set("reviews", Json.mapper().valueToTree(store.reviews(a.summary().docHash())));
        store.previous(a.summary().docHash(), a.summary().id()).ifPresent(p -> node.put("previousAuditId", p));
        return node;
    }

    private AuditStore.StoredAudit stored(Context ctx) {
        long id = intParam(ctx.pathParam("id"), -1);
        return store.get(id).orElseThrow(() -> new ApiException(404, "NOT_FOUND", "没有编号为 " + ctx.pathParam("id")
                + " 的审核记录"));
    }

    private static void attachment(Context ctx, String name, String type, String body) {
        ctx.header("Content-Disposition", "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.contentType(type).result(body);
    }

    private static int intParam(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
