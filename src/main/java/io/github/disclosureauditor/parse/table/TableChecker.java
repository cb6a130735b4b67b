package io.github.disclosureauditor.parse.table;

import io.github.disclosureauditor.model.Basis;
import io.github.disclosureauditor.model.Cell;
import io.github.disclosureauditor.model.Column;
import io.github.disclosureauditor.model.ColumnMeaning;
import io.github.disclosureauditor.model.Identity;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.RowRole;
import io.github.disclosureauditor.model.Table;
import io.github.disclosureauditor.model.TableCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.github.disclosureauditor.model.ColumnMeaning.*;

/**
 * Which of a table's own identities hold after reading: each parent row (the total, a 类, a
 * 款, an item with its 其中 parts) against the sum of its rows, column by column; each row
 * across its columns (合计 = 基本 + 项目, 合计 = the sources of money, 基本 = 人员 + 公用,
 * 三公 = 出国 + 车 + 接待, 车 = 购置 + 运行); and the balances of a summary table. Published
 * tables almost always add up, so many failures mean the table was misread.
 */
final class TableChecker {

    private TableChecker() {
    }

    static TableCheck check(Table t) {
        List<Identity> out = new ArrayList<>();
        if (!checkable(t.family())) {
            return new TableCheck(out, false, "");
        }
        hierarchy(t, out);
        columns(t, out);
        if (t.family().twoSided()) {
            balances(t, out);
        }
        int failed = (int) out.stream().filter(i -> !i.holds()).count();
        // One wrong figure repeated across parallel columns (合计 / 一般公共预算 / 小计 printing the
        // same amounts) fails once per column: it is one discrepancy, not a sign of misreading.
        long distinct = out.stream().filter(i -> !i.holds())
                .map(i -> i.kind() + "|" + i.row() + "|" + Math.round(i.stated() * 1e4) + "|" + Math.round(i.computed() * 1e4))
                .distinct().count();
        boolean misread = distinct >= 3 && distinct * 5 >= out.size() || distinct >= 2 && distinct * 2 >= out.size();
        String reason = misread ? "读取后表内 " + out.size() + " 项勾稽关系中有 " + failed + " 项不成立，疑似读取有误" : "";
        return new TableCheck(out, misread, reason);
    }

    /**
     * Tables whose rows form a money breakdown. Performance tables hold indicator targets and
     * procurement tables mix projects, items and quantities; neither is read as sums.
     */
    static boolean checkable(io.github.disclosureauditor.model.TableFamily f) {
        return switch (f) {
            case PERF_TARGET, PERF_SELF_EVAL, PROCUREMENT, PROJECT_EXPENSE, OTHER -> false;
            default -> true;
        };
    }

    private static boolean summable(Column c) {
        return c.meaning().isMoney() && c.meaning() != OF_WHICH && c.meaning() != CHANGE_AMOUNT;
    }

    /** Each parent row against its rows, column by column. */
    private static void hierarchy(Table t, List<Identity> out) {
        Map<Integer, List<Row>> children = new TreeMap<>();
        for (Row r : t.rows()) {
            if (r.parent() >= 0) {
                children.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<Integer, List<Row>> e : children.entrySet()) {
            Row p = t.rows().get(e.getKey());
            List<Row> kids = new ArrayList<>(e.getValue());
            boolean mixed = kids.stream().anyMatch(k -> k.role() != RowRole.OF_WHICH);
            if (mixed) {
                kids.removeIf(k -> k.role() == RowRole.OF_WHICH);
            }
            if (kids.size() < (p.level() == 0 ? 1 : 2) || !p.hasValues()) {
                continue;
            }
            // A part whose figures could stand in another column could be missing from this one.
            boolean unsureParts = kids.stream().anyMatch(k -> k.cells().stream().anyMatch(Cell::uncertain));
            for (Column c : t.columns()) {
                if (c.side() != p.side() || !summable(c)) {
                    continue;
                }
                Cell stated = p.cell(c.index());
                double sum = 0;
                int decimals = stated == null ? 0 : stated.decimals();
                boolean uncertain = stated != null && stated.uncertain() || unsureParts;
                int parts = 0;
                List<Integer> lines = new ArrayList<>();
                List<Cell> cells = new ArrayList<>();
                for (Row k : kids) {
                    Cell cell = k.cell(c.index());
                    if (cell != null) {
                        sum += cell.value();
                        decimals = Math.max(decimals, cell.decimals());
                        uncertain |= cell.uncertain();
                        parts++;
                        lines.add(cell.line());
                        cells.add(cell);
                    }
                }
                if (parts == 0) {
                    // No part printed in this column: the breakdown is not shown here.
                    continue;
                }
                int split = stated == null ? -1 : twoBreakdowns(stated.value(), cells, decimals);
                if (split > 0) {
                    // 支出 by function, then by use, under one total: each breakdown adds up to it.
                    String what = "合计行与各行之和";
                    out.add(new Identity(Identity.Kind.COLUMN_TOTAL, p.index(), c.index(), p.display(), c.title(),
                            stated.value(), sumOf(cells.subList(0, split)), split, decimals, stated.line(),
                            lines.subList(0, split), uncertain, what + "（第一种分类）"));
                    out.add(new Identity(Identity.Kind.COLUMN_TOTAL, p.index(), c.index(), p.display(), c.title(),
                            stated.value(), sumOf(cells.subList(split, parts)), parts - split, decimals, stated.line(),
                            lines.subList(split, parts), uncertain, what + "（第二种分类）"));
                    continue;
                }
                // A parent printed blank over parts with figures is more likely misplaced than wrong;
                // so is a part counted twice; and laid-out text re-places each page, so parts on
                // another page than their total may sit in the wrong half of a 收 | 支 table.
                uncertain |= stated == null || doubled(stated == null ? 0 : stated.value(), sum, decimals, kids.size());
                uncertain |= t.reading() == Table.Reading.TEXT_COLUMNS && t.sided()
                        && kids.stream().anyMatch(k -> k.page() != p.page());
                Identity.Kind kind = p.level() == 0 ? Identity.Kind.COLUMN_TOTAL : Identity.Kind.CODE_HIERARCHY;
                String what = p.level() == 0 ? "合计行与各行之和" : "“" + p.display() + "”与其下级科目之和";
                out.add(new Identity(kind, p.index(), c.index(), p.display(), c.title(),
                        stated == null ? 0 : stated.value(), sum, Math.max(parts, 1), decimals,
                        stated == null ? p.span().line() : stated.line(), lines, uncertain, what));
            }
        }
    }

    /** Each row across its columns, within one side and one basis (year) of columns. */
    /** A row identity between a table's columns: parent column, part columns, what it says. */
    record ColumnIdentity(Column parent, List<Column> parts, String description) {
    }

    /**
     * The column identities of a table, within each side and basis (year) of columns. A year read
     * from a header spanning only some columns ("2023年“三公”经费预算数" over two of them) does not
     * set those apart from the columns without a year: only two different years do.
     */
    static List<ColumnIdentity> columnIdentities(List<Column> columns) {
        Map<String, java.util.Set<Integer>> years = new java.util.HashMap<>();
        for (Column c : columns) {
            if (c.year() != null) {
                years.computeIfAbsent(c.side() + "|" + c.basis(), k -> new java.util.HashSet<>()).add(c.year());
            }
        }
        Map<String, List<Column>> groups = new TreeMap<>();
        for (Column c : columns) {
            java.util.Set<Integer> known = years.getOrDefault(c.side() + "|" + c.basis(), java.util.Set.of());
            Integer year = c.year() == null && known.size() == 1 ? known.iterator().next() : c.year();
            groups.computeIfAbsent(c.side() + "|" + c.basis() + "|" + year, k -> new ArrayList<>()).add(c);
        }
        List<ColumnIdentity> out = new ArrayList<>();
        for (List<Column> group : groups.values()) {
            for (ColumnRules.Rule rule : ColumnRules.ALL) {
                if (rule.parent() == TOTAL) {
                    continue;
                }
                Column parent = null;
                List<Column> parts = new ArrayList<>();
                for (Column c : group) {
                    if (c.meaning() == rule.parent() && parent == null) {
                        parent = c;
                    } else if (rule.parts().contains(c.meaning())) {
                        parts.add(c);
                    }
                }
                if (parent != null && parts.size() >= 2) {
                    out.add(new ColumnIdentity(parent, parts, rule.description()));
                }
            }
            ColumnIdentity total = total(group);
            if (total != null) {
                out.add(total);
            }
        }
        return out;
    }

    private static void columns(Table t, List<Identity> out) {
        for (ColumnIdentity id : columnIdentities(t.columns())) {
            for (Row r : t.rows()) {
                rowIdentity(t, r, id.parent(), id.parts(), id.description(), out);
            }
        }
    }

    /**
     * 合计 = the other money columns of its group that no other printed column already holds:
     * 人员经费 and 公用经费 count when 基本支出 is not printed, the 三公 items when their subtotal
     * is not. A column whose meaning is unknown makes the identity unsure, so it is not checked.
     */
    private static ColumnIdentity total(List<Column> group) {
        Column total = null;
        for (Column c : group) {
            if (c.meaning() == TOTAL) {
                total = c;
                break;
            }
        }
        if (total == null) {
            return null;
        }
        List<Column> parts = new ArrayList<>();
        // "本年收入合计" beside "上年结转": this year's money only, the carry-over apart.
        boolean currentOnly = total.header().replace(" ", "").matches(".*(本年|当年)(收入|支出).*");
        for (Column c : group) {
            if (c == total) {
                continue;
            }
            if (currentOnly && (c.meaning() == CARRY_IN || c.meaning() == CARRY_OUT)) {
                continue;
            }
            if (c.meaning() == OTHER || c.meaning() == AMOUNT || c.meaning() == TOTAL) {
                return null;
            }
            if (!ColumnRules.totalPart(c.meaning()) || ColumnRules.heldBy(c.meaning(), group)) {
                continue;
            }
            parts.add(c);
        }
        if (parts.size() < 2) {
            return null;
        }
        return new ColumnIdentity(total, parts,
                "合计 = " + String.join(" + ", parts.stream().map(c -> c.meaning().label()).toList()));
    }

    /**
     * Where the parts of a total split into two runs that each add up to it (a 收支总表 printing
     * its 支出 by function and again by use in one column), or -1. Only for parts that add up to
     * twice the total; each run needs at least one part.
     */
    static int twoBreakdowns(double stated, List<Cell> parts, int decimals) {
        double total = sumOf(parts);
        if (parts.size() < 2 || stated == 0 || !doubled(stated, total, decimals, parts.size())
                || Math.abs(total - 2 * stated) > Math.abs(stated - 2 * total)) {
            return -1;
        }
        double prefix = 0;
        for (int k = 1; k < parts.size(); k++) {
            prefix += parts.get(k - 1).value();
            double tolerance = parts.size() * Math.pow(10, -decimals) + 1e-9;
            if (Math.abs(prefix - stated) <= tolerance && Math.abs(total - prefix - stated) <= tolerance) {
                return k;
            }
        }
        return -1;
    }

    private static double sumOf(List<Cell> cells) {
        double s = 0;
        for (Cell c : cells) {
            s += c.value();
        }
        return s;
    }

    /** Whether one figure is about twice the other: a row read twice, or once too few. */
    static boolean doubled(double stated, double computed, int decimals, int parts) {
        double tolerance = Math.max(1, parts) * Math.pow(10, -decimals) + 1e-9;
        return stated != 0 && computed != 0
                && (Math.abs(computed - 2 * stated) <= tolerance || Math.abs(stated - 2 * computed) <= tolerance);
    }

    private static void rowIdentity(Table t, Row r, Column parent, List<Column> parts, String description,
                                    List<Identity> out) {
        Cell stated = r.cell(parent.index());
        double sum = 0;
        int decimals = stated == null ? 0 : stated.decimals();
        boolean uncertain = stated != null && stated.uncertain();
        int n = 0;
        for (Column c : parts) {
            Cell cell = r.cell(c.index());
            if (cell != null) {
                sum += cell.value();
                decimals = Math.max(decimals, cell.decimals());
                uncertain |= cell.uncertain();
                n++;
            }
        }
        if (stated == null || n == 0 && stated.value() == 0) {
            return;
        }
        out.add(new Identity(Identity.Kind.ROW_IDENTITY, r.index(), parent.index(), r.display(), parent.title(),
                stated.value(), sum, Math.max(n, 1), decimals, stated.line(), List.of(stated.line()), uncertain,
                description));
    }

    /** 收入总计 = 本年收入 + 上年结转 (+ 使用非财政拨款结余); 支出总计 = 本年支出 + 年末结转; 收 = 支. */
    private static void balances(Table t, List<Identity> out) {
        Row incomeTotal = find(t, RowRole.INCOME_TOTAL);
        Row expenseTotal = find(t, RowRole.EXPENSE_TOTAL);
        Row incomeCur = find(t, RowRole.INCOME_CURRENT);
        Row expenseCur = find(t, RowRole.EXPENSE_CURRENT);
        balance(t, out, incomeTotal, java.util.Arrays.asList(incomeCur, find(t, RowRole.CARRY_IN),
                find(t, RowRole.NONFISCAL_BALANCE)), "收入总计 = 本年收入合计 + 上年结转结余 + 使用非财政拨款结余");
        balance(t, out, expenseTotal, java.util.Arrays.asList(expenseCur, find(t, RowRole.CARRY_OUT),
                find(t, RowRole.BALANCE_DISTRIBUTION)), "支出总计 = 本年支出合计 + 年末结转和结余 + 结余分配");
        Row a = incomeTotal != null ? incomeTotal : incomeCur;
        Row b = expenseTotal != null ? expenseTotal : expenseCur;
        boolean carry = find(t, RowRole.CARRY_IN) != null || find(t, RowRole.CARRY_OUT) != null;
        if (a != null && b != null && a.hasValues() && b.hasValues() && (incomeTotal != null && expenseTotal != null
                || !carry)) {
            Cell x = a.cells().get(0);
            Cell y = b.cells().get(0);
            out.add(new Identity(Identity.Kind.BALANCE, b.index(), y.column(), b.display(), "合计", y.value(),
                    x.value(), 1, Math.max(x.decimals(), y.decimals()), y.line(), List.of(x.line()),
                    x.uncertain() || y.uncertain(), "收入总计 = 支出总计"));
        }
    }

    /**
     * A balance row against its parts. Rows that print as many figures are compared figure by
     * figure (a 收支总表 may give 合计 and each budget on the 支出 side); otherwise the first.
     */
    private static void balance(Table t, List<Identity> out, Row total, List<Row> parts, String description) {
        if (total == null || !total.hasValues() || parts.get(0) == null) {
            return;
        }
        int width = total.cells().size();
        boolean columnwise = width > 1;
        for (Row p : parts) {
            if (p != null && p.hasValues() && p.cells().size() != width) {
                columnwise = false;
            }
        }
        for (int i = 0; i < (columnwise ? width : 1); i++) {
            Cell stated = total.cells().get(i);
            double sum = 0;
            int decimals = stated.decimals();
            int n = 0;
            boolean uncertain = false;
            List<Integer> lines = new ArrayList<>();
            for (Row p : parts) {
                if (p == null || !p.hasValues()) {
                    continue;
                }
                Cell c = p.cells().get(i);
                sum += c.value();
                decimals = Math.max(decimals, c.decimals());
                uncertain |= !columnwise && c.uncertain();
                lines.add(c.line());
                n++;
            }
            if (n == 0) {
                return;
            }
            Column col = t.column(stated.column());
            out.add(new Identity(Identity.Kind.BALANCE, total.index(), stated.column(), total.display(),
                    col == null ? "合计" : col.title(), stated.value(), sum, n, decimals, stated.line(), lines,
                    uncertain || !columnwise && stated.uncertain(), description));
        }
    }

    private static Row find(Table t, RowRole role) {
        for (Row r : t.rows()) {
            if (r.role() == role) {
                return r;
            }
        }
        return null;
    }

    static boolean sameBasis(Column a, Column b) {
        return a.basis() == b.basis() || a.basis() == Basis.CURRENT && b.basis() == Basis.UNKNOWN;
    }
}
