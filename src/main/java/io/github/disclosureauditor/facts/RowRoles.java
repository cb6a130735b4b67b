package io.github.disclosureauditor.facts;

import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a row is within its table: the total, a unit subtotal, or a detail row. */
final class RowRoles {
    private static final Pattern ORG = Pattern.compile(
            "^[^\\d]{2,40}(局|中心|院|所|站|委员会|办公室|办)(\\(本级\\)|本级|机关)?$");
    private static final Pattern PROJECT_WORDS = Pattern.compile("(类|费|经费|项目|资金|工程|补助|建设|改造|平台|购置)");

    private RowRoles() {
    }

    static boolean isUnit(Row r) {
        return r.codeKind() == Row.CodeKind.UNIT
                || (ORG.matcher(r.label()).matches() && !PROJECT_WORDS.matcher(r.label()).find());
    }

    static boolean sided(Table t) {
        return t.rows().stream().anyMatch(r -> r.side() > 0 && r.hasValues());
    }

    /** The table's total row: a row labelled 合计/总计, else a leading unit row; null if none. */
    static Row total(Table t) {
        for (Row r : t.rows()) {
            if (r.hasValues() && r.isTotal() && !r.label().contains("人员经费") && !r.label().contains("公用经费")) {
                return r;
            }
        }
        for (Row r : t.rows()) {
            if (r.hasValues()) {
                return isUnit(r) ? r : null;
            }
        }
        return null;
    }

    /** Detail rows whose sum is the total: the top coded level present, else top label level. */
    static List<Row> parts(Table t, Row total) {
        List<Row> candidates = new ArrayList<>();
        for (Row r : t.rows()) {
            if (r == total || !r.hasValues() || r.isTotal() || isUnit(r)) {
                continue;
            }
            candidates.add(r);
        }
        int top = Integer.MAX_VALUE;
        boolean coded = candidates.stream().anyMatch(r -> r.codeKind() == Row.CodeKind.FUNCTION
                || r.codeKind() == Row.CodeKind.ECONOMIC);
        for (Row r : candidates) {
            if (!coded || r.codeKind() == Row.CodeKind.FUNCTION || r.codeKind() == Row.CodeKind.ECONOMIC) {
                top = Math.min(top, r.level());
            }
        }
        List<Row> out = new ArrayList<>();
        for (Row r : candidates) {
            boolean rowCoded = r.codeKind() == Row.CodeKind.FUNCTION || r.codeKind() == Row.CodeKind.ECONOMIC;
            if (r.level() == top && (rowCoded || !coded)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Rows of a project table that are projects (not totals, not unit subtotals). */
    static List<Row> projects(Table t) {
        List<Row> out = new ArrayList<>();
        Row total = total(t);
        for (Row r : t.rows()) {
            if (r != total && r.hasValues() && !r.isTotal() && !isUnit(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
