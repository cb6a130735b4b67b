package io.github.disclosureauditor.report;

import io.github.disclosureauditor.finding.Evidence;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.finding.Severity;

import java.util.EnumMap;
import java.util.Map;

/** Plain-text rendering of an audit report for terminals. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(AuditReport r) {
        StringBuilder sb = new StringBuilder();
        AuditReport.DocumentSummary d = r.document();
        sb.append(r.source()).append('\n');
        sb.append("  单位：").append(d.unit().isEmpty() ? "未识别" : d.unit())
                .append("  年度：").append(d.year() == null ? "未识别" : d.year())
                .append("  类型：").append(Labels.kind(d.kind()))
                .append("  表格：").append(d.tables().size()).append(" 张\n");
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Finding f : r.findings()) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        sb.append("  发现：").append(r.findings().size()).append(" 项（");
        for (Severity s : Severity.values()) {
            sb.append(s == Severity.HIGH ? "" : "，").append(Labels.severity(s)).append(' ')
                    .append(counts.getOrDefault(s, 0));
        }
        sb.append("）\n");
        for (Finding f : r.findings()) {
            sb.append('\n').append(heading(f));
            if (!f.evidence().isEmpty()) {
                sb.append("  第 ").append(lines(f)).append(" 行");
            }
            sb.append('\n').append("    ").append(f.message()).append('\n');
            if (!f.expected().isEmpty() || !f.actual().isEmpty()) {
                sb.append("    列示：").append(f.actual()).append("    应为：").append(f.expected()).append('\n');
            }
        }
        r.ruleErrors().forEach((rule, error) -> sb.append("\n  规则执行出错（其发现已略去）：").append(rule).append("：")
                .append(error).append('\n'));
        if (!r.parseProblems().isEmpty()) {
            sb.append("\n  解析提示：").append(r.parseProblems().size()).append(" 条（详见 --format json）\n");
        }
        return sb.toString();
    }

    /** A unit's series: its documents, then the cross-document findings with the documents cited. */
    public static String renderSeries(io.github.disclosureauditor.audit.SeriesAuditor.Series s) {
        StringBuilder sb = new StringBuilder("跨文档核对：").append(s.unit()).append('\n');
        for (io.github.disclosureauditor.facts.SeriesDoc d : s.documents()) {
            sb.append("  ").append(d.year()).append(" 年").append(Labels.kind(d.kind())).append("  ").append(d.name())
                    .append('\n');
        }
        sb.append("  发现：").append(s.findings().size()).append(" 项\n");
        for (Finding f : s.findings()) {
            sb.append('\n').append(heading(f)).append('\n').append("    ").append(f.message()).append('\n');
            for (Evidence e : f.evidence()) {
                sb.append("    《").append(e.document()).append("》").append(e.page() > 0 ? "第 " + e.page() + " 页 " : "")
                        .append("第 ").append(e.line()).append(" 行：").append(e.text().strip()).append('\n');
            }
        }
        s.ruleErrors().forEach((rule, error) -> sb.append("\n  规则执行出错：").append(rule).append("：").append(error)
                .append('\n'));
        return sb.toString();
    }

    /** "#1 [高] ARITH-001 title". */
    private static String heading(Finding f) {
        return String.format("#%d [%s] %s %s", f.rank(), Labels.severity(f.severity()), f.ruleId(), f.title());
    }

    private static String lines(Finding f) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Evidence e : f.evidence()) {
            if (shown++ == 6) {
                sb.append("…");
                break;
            }
            sb.append(sb.length() == 0 ? "" : ",").append(e.line());
            if (e.endLine() > e.line()) {
                sb.append('-').append(e.endLine());
            }
        }
        return sb.toString();
    }

}
