package io.github.disclosureauditor.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.disclosureauditor.finding.Severity;
import io.github.disclosureauditor.report.Formats;
import io.github.disclosureauditor.report.Labels;
import io.github.disclosureauditor.store.AuditSummary;
import io.github.disclosureauditor.store.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * A reviewed audit as CSV (one row per finding with its verdict and note) and as a printable
 * HTML page (no scripts, no external files) with the evidence text and page numbers.
 */
final class ReviewExport {
    private ReviewExport() {
    }

    private record Row(JsonNode finding, String verdict, String note) {
    }

    private static List<Row> rows(JsonNode view) {
        List<Row> out = new ArrayList<>();
        JsonNode findings = view.path("findings");
        JsonNode keys = view.path("findingKeys");
        JsonNode reviews = view.path("reviews");
        for (int i = 0; i < findings.size(); i++) {
            JsonNode r = reviews.path(keys.path(i).asText());
            Verdict v = r.isMissingNode() ? null : Verdict.parse(r.path("verdict").asText());
            out.add(new Row(findings.get(i), v == null ? "未审阅" : v.label(), r.path("note").asText("")));
        }
        return out;
    }

    private static String severity(JsonNode f) {
        return Labels.severity(Severity.valueOf(f.path("severity").asText("INFO")));
    }

    /** "第 3 页 第 120-121 行：text" per evidence, one per line. */
    private static String where(JsonNode f, boolean withText) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode e : f.path("evidence")) {
            sb.append(sb.length() == 0 ? "" : "\n").append(Formats.where(e.path("page").asInt(), e.path("line").asInt(),
                    e.path("endLine").asInt(), withText ? e.path("text").asText() : "", 200));
        }
        return sb.toString();
    }

    static String csv(JsonNode view) {
        StringBuilder out = new StringBuilder("\ufeff排名,规则,严重度,类别,标题,说明,列示,应为,位置与原文,结论,备注\r\n");
        for (Row r : rows(view)) {
            JsonNode f = r.finding();
            out.append(String.join(",", f.path("rank").asText(), Formats.csv(f.path("ruleId").asText()), severity(f),
                    Formats.csv(Labels.category(f.path("category").asText())), Formats.csv(f.path("title").asText()),
                    Formats.csv(f.path("message").asText()), Formats.csv(f.path("actual").asText()), Formats.csv(f.path("expected").asText()),
                    Formats.csv(where(f, true)), Formats.csv(r.verdict()), Formats.csv(r.note()))).append("\r\n");
        }
        return out.toString();
    }

    static String html(JsonNode view, AuditSummary s) {
        List<Row> rows = rows(view);
        long decided = rows.stream().filter(r -> r.verdict().equals("确认") || r.verdict().equals("误报")).count();
        StringBuilder h = new StringBuilder("""
                <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>审核报告</title><style>
                body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#1f1f1f}
                table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
                th{background:#f3f5f8}.ev{color:#444;font-size:12px;white-space:pre-wrap}.HIGH{color:#b3261e;font-weight:600}
                .MEDIUM{color:#b85c00}.LOW{color:#3b6ea8}.INFO{color:#5f6368}@media print{body{margin:0}tr{break-inside:avoid}}
                </style></head><body>
                """);
        h.append("<h1>预决算公开审核报告</h1><p>文件：").append(Formats.html(s.name())).append("<br>单位：")
                .append(Formats.html(s.unit().isEmpty() ? "未识别" : s.unit())).append("　年度：")
                .append(s.year() == null ? "未识别" : s.year()).append("　类型：").append(Labels.kind(s.kind()))
                .append("　格式：").append(Formats.html(s.format())).append("<br>审核编号 ").append(s.id()).append("，审核时间 ")
                .append(Formats.html(s.createdAt())).append("，规则库版本 ").append(s.ruleBaseVersion()).append("<br>发现 ")
                .append(rows.size()).append(" 项（高 ").append(s.high()).append("，中 ").append(s.medium()).append("，低 ")
                .append(s.low()).append("，提示 ").append(s.info()).append("），已审阅 ").append(decided).append(" 项</p>");
        h.append("<table><tr><th>#</th><th>严重度</th><th>规则与说明</th><th>列示</th><th>应为</th><th>位置与原文</th>"
                + "<th>结论</th><th>备注</th></tr>");
        for (Row r : rows) {
            JsonNode f = r.finding();
            String sev = f.path("severity").asText();
            h.append("<tr><td>").append(f.path("rank").asInt()).append("</td><td class=\"").append(Formats.html(sev)).append("\">")
                    .append(severity(f)).append("</td><td><b>").append(Formats.html(f.path("ruleId").asText())).append(" ")
                    .append(Formats.html(f.path("title").asText())).append("</b><br>").append(Formats.html(f.path("message").asText()))
                    .append("</td><td>").append(Formats.html(f.path("actual").asText())).append("</td><td>")
                    .append(Formats.html(f.path("expected").asText())).append("</td><td class=\"ev\">").append(Formats.html(where(f, true)))
                    .append("</td><td>").append(Formats.html(r.verdict())).append("</td><td>").append(Formats.html(r.note()))
                    .append("</td></tr>");
        }
        return h.append("</table></body></html>\n").toString();
    }
}
