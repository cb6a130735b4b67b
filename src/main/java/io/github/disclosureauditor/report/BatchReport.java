package io.github.disclosureauditor.report;

import io.github.disclosureauditor.finding.Evidence;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.finding.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the reports of a batch: {@code findings.jsonl} (one audit JSON per document),
 * {@code summary.csv} (one row per document) and {@code report.html}, a single self-contained
 * page (no scripts, no external files) with the ranked findings per document and counts by rule.
 */
public final class BatchReport {
    /** A document's report, or the error that kept it from being audited. */
    public record Entry(String source, AuditReport report, String error) {
    }

    private BatchReport() {
    }

    public static void write(Path dir, List<Entry> entries) throws IOException {
        Files.createDirectories(dir);
        StringBuilder jsonl = new StringBuilder();
        StringBuilder csv = new StringBuilder("\ufeff文件,单位,年度,类型,表格数,高,中,低,提示,错误\r\n");
        for (Entry e : entries) {
            if (e.report() != null) {
                jsonl.append(Json.write(e.report(), false)).append('\n');
            }
            Map<Severity, Integer> c = counts(e);
            AuditReport.DocumentSummary d = e.report() == null ? null : e.report().document();
            csv.append(String.join(",", Formats.csv(e.source()), Formats.csv(d == null ? "" : d.unit()),
                    Formats.csv(d == null || d.year() == null ? "" : d.year().toString()), Formats.csv(d == null ? "" : Labels.kind(d.kind())),
                    d == null ? "" : String.valueOf(d.tables().size()), String.valueOf(c.get(Severity.HIGH)),
                    String.valueOf(c.get(Severity.MEDIUM)), String.valueOf(c.get(Severity.LOW)),
                    String.valueOf(c.get(Severity.INFO)), Formats.csv(e.error() == null ? "" : e.error()))).append("\r\n");
        }
        Files.writeString(dir.resolve("findings.jsonl"), jsonl, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.html"), html(entries), StandardCharsets.UTF_8);
    }

    static Map<Severity, Integer> counts(Entry e) {
        Map<Severity, Integer> c = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            c.put(s, 0);
        }
        if (e.report() != null) {
            for (Finding f : e.report().findings()) {
                c.merge(f.severity(), 1, Integer::sum);
            }
        }
        return c;
    }

    private static String html(List<Entry> entries) {
        StringBuilder h = new StringBuilder("""
                <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>预决算公开审核报告</title><style>
                body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#1f1f1f}
                table{border-collapse:collapse;margin:8px 0 20px}th,td{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
                th{background:#f3f5f8}.HIGH{color:#b3261e;font-weight:600}.MEDIUM{color:#b85c00}.LOW{color:#3b6ea8}.INFO{color:#5f6368}
                h2{margin-top:32px;border-bottom:2px solid #1f3a5f}.ev{color:#5f6368;font-size:12px;white-space:pre-wrap}
                </style></head><body><h1>预决算公开审核报告</h1>
                """);
        h.append("<p>共 ").append(entries.size()).append(" 份文档。</p><h2>汇总</h2><table><tr><th>文件</th><th>单位</th>"
                + "<th>年度</th><th>类型</th><th>高</th><th>中</th><th>低</th><th>提示</th><th>错误</th></tr>");
        int i = 0;
        for (Entry e : entries) {
            Map<Severity, Integer> c = counts(e);
            AuditReport.DocumentSummary d = e.report() == null ? null : e.report().document();
            h.append("<tr><td><a href=\"#doc").append(i++).append("\">").append(Formats.html(e.source())).append("</a></td><td>")
                    .append(Formats.html(d == null ? "" : d.unit())).append("</td><td>")
                    .append(d == null || d.year() == null ? "" : d.year()).append("</td><td>")
                    .append(Formats.html(d == null ? "" : Labels.kind(d.kind()))).append("</td>");
            for (Severity s : Severity.values()) {
                h.append("<td class=\"").append(s).append("\">").append(c.get(s)).append("</td>");
            }
            h.append("<td>").append(Formats.html(e.error())).append("</td></tr>");
        }
        h.append("</table><h2>按规则统计</h2><table><tr><th>规则</th><th>标题</th><th>严重度</th><th>次数</th><th>文档数</th></tr>");
        Map<String, int[]> byRule = new TreeMap<>();
        Map<String, String[]> ruleInfo = new TreeMap<>();
        for (Entry e : entries) {
            if (e.report() == null) {
                continue;
            }
            List<String> seen = new ArrayList<>();
            for (Finding f : e.report().findings()) {
                int[] n = byRule.computeIfAbsent(f.ruleId(), k -> new int[2]);
                n[0]++;
                if (!seen.contains(f.ruleId())) {
                    seen.add(f.ruleId());
                    n[1]++;
                }
                ruleInfo.putIfAbsent(f.ruleId(), new String[]{f.title(), Labels.severity(f.severity())});
            }
        }
        byRule.forEach((id, n) -> h.append("<tr><td>").append(Formats.html(id)).append("</td><td>").append(Formats.html(ruleInfo.get(id)[0]))
                .append("</td><td>").append(ruleInfo.get(id)[1]).append("</td><td>").append(n[0]).append("</td><td>")
                .append(n[1]).append("</td></tr>"));
        h.append("</table>");
        i = 0;
        for (Entry e : entries) {
            h.append("<h2 id=\"doc").append(i++).append("\">").append(Formats.html(e.source())).append("</h2>");
            if (e.report() == null) {
                h.append("<p class=\"HIGH\">未能审核：").append(Formats.html(e.error())).append("</p>");
                continue;
            }
            h.append("<table><tr><th>#</th><th>严重度</th><th>规则</th><th>说明</th><th>列示</th><th>应为</th><th>位置与原文</th></tr>");
            for (Finding f : e.report().findings()) {
                h.append("<tr><td>").append(f.rank()).append("</td><td class=\"").append(f.severity()).append("\">")
                        .append(Labels.severity(f.severity())).append("</td><td>").append(Formats.html(f.ruleId())).append("<br>").append(Formats.html(f.title()))
                        .append("</td><td>").append(Formats.html(f.message())).append("</td><td>").append(Formats.html(f.actual()))
                        .append("</td><td>").append(Formats.html(f.expected())).append("</td><td class=\"ev\">").append(Formats.html(where(f)))
                        .append("</td></tr>");
            }
            h.append("</table>");
        }
        return h.append("</body></html>\n").toString();
    }

    private static String where(Finding f) {
        StringBuilder sb = new StringBuilder();
        for (Evidence e : f.evidence()) {
            sb.append(sb.length() == 0 ? "" : "\n").append(Formats.where(e.page(), e.line(), e.endLine(), e.text(), 160));
        }
        return sb.toString();
    }
}
