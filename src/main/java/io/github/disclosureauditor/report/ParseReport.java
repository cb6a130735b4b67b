package io.github.disclosureauditor.report;

import io.github.disclosureauditor.model.Cell;
import io.github.disclosureauditor.model.Claim;
import io.github.disclosureauditor.model.Column;
import io.github.disclosureauditor.model.Document;
import io.github.disclosureauditor.model.Identity;
import io.github.disclosureauditor.model.ParseProblem;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.Table;

import java.util.Locale;

/**
 * The document model in words, one screen per table: what each table was read as (family,
 * scope, unit, how its cells were placed), its named columns, how many of its identities hold
 * and which do not; then the narrative claims with their subject, scope and base. It tells a
 * reader why a number was read as it was.
 */
public final class ParseReport {
    private ParseReport() {
    }

    public static String write(Document doc, boolean rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("单位：").append(doc.unit().isEmpty() ? "（未识别）" : doc.unit())
                .append("  年度：").append(doc.year() == null ? "（未识别）" : doc.year())
                .append("  类型：").append(Labels.kind(doc.kind()))
                .append("  模板：").append(doc.profile().template().label())
                .append("（").append(doc.profile().why()).append("）\n");
        if (!doc.profile().unitType().isEmpty()) {
            sb.append("单位性质：").append(doc.profile().unitType()).append('\n');
        }
        sb.append("表格 ").append(doc.tables().size()).append(" 张，说明陈述 ").append(doc.claims().size()).append(" 条\n");
        for (Table t : doc.tables()) {
            table(sb, t, rows);
        }
        sb.append("\n说明陈述：\n");
        for (Claim c : doc.claims()) {
            sb.append("  第 ").append(c.span().line()).append(" 行 ").append(describe(c)).append('\n');
        }
        if (!doc.problems().isEmpty()) {
            sb.append("\n解析问题：\n");
            for (ParseProblem p : doc.problems()) {
                sb.append("  第 ").append(p.line()).append(" 行 [").append(p.code()).append("] ").append(p.message())
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, Table t, boolean rows) {
        sb.append("\n表 ").append(t.id()).append("《").append(t.title()).append("》")
                .append(t.number().isEmpty() ? "" : " " + t.number())
                .append("  第 ").append(t.span().line()).append("–").append(t.span().endLine()).append(" 行")
                .append(t.page() > 0 ? "（第 " + t.page() + " 页）" : "").append('\n');
        sb.append("  类别：").append(t.family().displayName()).append("  口径：").append(t.scope().label())
                .append("  单位：").append(t.unit()).append("  读取方式：").append(reading(t.reading()))
                .append("  行数：").append(t.rows().size()).append('\n');
        sb.append("  列：");
        for (Column c : t.columns()) {
            sb.append(c.index() + 1).append(".").append(c.side() > 0 ? "右" + (c.side() > 1 ? c.side() : "") + ":" : "")
                    .append(c.title().isEmpty() ? "（无表头）" : c.title())
                    .append("[").append(c.meaning().label()).append("/").append(c.basis().label())
                    .append(c.year() == null ? "" : "/" + c.year()).append("] ");
        }
        sb.append('\n');
        sb.append("  勾稽关系：").append(t.check().held()).append("/").append(t.check().checked()).append(" 成立");
        if (t.check().misread()) {
            sb.append("  ⚠ ").append(t.check().reason());
        }
        sb.append('\n');
        for (Identity i : t.check().identities()) {
            if (!i.holds()) {
                sb.append("    不成立：").append(i.description()).append(" “").append(i.label()).append("”")
                        .append(i.columnName().isEmpty() ? "" : "（" + i.columnName() + "）")
                        .append(" 列示 ").append(num(i.stated(), i.decimals())).append("，应为 ")
                        .append(num(i.computed(), i.decimals())).append("（第 ").append(i.line()).append(" 行）\n");
            }
        }
        if (rows) {
            for (Row r : t.rows()) {
                sb.append("    ").append(r.span().line()).append(r.side() > 0 ? " 右" + (r.side() > 1 ? r.side() : "") : "  ")
                        .append(" L").append(r.level()).append(" ↑").append(r.parent() < 0 ? "-" : r.parent())
                        .append(" ").append(r.role()).append(" ").append(r.display())
                        .append(r.subject().isEmpty() ? "" : " {" + r.subject() + "}").append(" :");
                for (Cell c : r.cells()) {
                    sb.append(" [").append(c.column() + 1).append("]").append(c.printed()).append(c.uncertain() ? "?" : "");
                }
                sb.append('\n');
            }
        }
    }

    private static String reading(Table.Reading r) {
        return switch (r) {
            case POSITIONS -> "按 PDF 字符位置";
            case TEXT_COLUMNS -> "按文本列位置";
            case CELLS -> "按单元格";
            case FLOW -> "按顺序（空单元格已丢失）";
            case NONE -> "无";
        };
    }

    private static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + Math.max(0, Math.min(decimals, 6)) + "f", v);
    }

    public static String describe(Claim c) {
        if (c instanceof Claim.Amount a) {
            return "金额 “" + a.subjectText() + "” {" + a.subject() + "} = " + num(a.value(), a.decimals())
                    + "  〔口径：" + a.scope().label() + "；基数：" + a.basis().label() + "〕";
        }
        if (c instanceof Claim.Share s) {
            String whole = s.hasWhole() ? num(s.whole(), s.wholeDecimals())
                    : s.wholeSubject().isEmpty() ? "？" : "表中 {" + s.wholeSubject() + "}";
            return "占比 {" + s.subject() + "} " + num(s.part(), s.partDecimals()) + " ÷ " + whole + " = "
                    + num(s.percent(), s.percentDecimals()) + "%  〔基数 {" + s.wholeSubject() + "}"
                    + (s.wholeNamed() ? "（文中点名）" : "") + "；构成组 " + s.group() + "〕";
        }
        if (c instanceof Claim.Change ch) {
            return "增减 {" + ch.subject() + "} 本年 " + num(ch.current(), ch.currentDecimals())
                    + (ch.increase() ? " 增加 " : " 减少 ") + num(ch.delta(), ch.deltaDecimals())
                    + (ch.hasPercent() ? " " + num(ch.percent(), ch.percentDecimals()) + "%" : "")
                    + "  〔口径：" + ch.scope().label() + "；比较基数：" + ch.basis().label()
                    + (Double.isNaN(ch.prior()) ? "" : " " + num(ch.prior(), ch.priorDecimals())) + "〕";
        }
        if (c instanceof Claim.Rate r) {
            return "完成率 {" + r.subject() + "} " + num(r.actual(), r.actualDecimals()) + " ÷ "
                    + (Double.isNaN(r.budget()) ? "（预算未列示）" : num(r.budget(), r.budgetDecimals())) + " = "
                    + num(r.percent(), r.percentDecimals()) + "%";
        }
        if (c instanceof Claim.Count n) {
            return "个数 {" + n.subject() + "} " + n.count();
        }
        Claim.ProjectEval p = (Claim.ProjectEval) c;
        return "项目自评 “" + p.name() + "” 预算 " + p.budget() + " 执行 " + p.actual() + " 等级 " + (p.rating().isEmpty() ? "（未列示）" : p.rating()) + (Double.isNaN(p.score()) ? "" : " 得分 " + p.score());
    }
}
