package io.github.disclosureauditor.parse.table;

import io.github.disclosureauditor.model.Basis;
import io.github.disclosureauditor.model.Cell;
import io.github.disclosureauditor.model.CodeKind;
import io.github.disclosureauditor.model.Column;
import io.github.disclosureauditor.model.ColumnMeaning;
import io.github.disclosureauditor.model.DocumentKind;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.RowRole;
import io.github.disclosureauditor.model.SourceSpan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a read grid into the table model: columns named (meaning, basis, year), values scaled
 * to 万元 with their printed precision, rows given codes, levels, parents, roles and subjects.
 */
final class TableAssembler {
    private final double scale;
    private final int extraDecimals;
    private final boolean twoSided;
    private final Integer docYear;
    private final DocumentKind kind;
    private final double em;
    private final HeaderLexicon.Memo memo;

    TableAssembler(String unit, boolean twoSided, Integer docYear, DocumentKind kind, double em) {
        this(unit, twoSided, docYear, kind, em, new HeaderLexicon.Memo());
    }

    TableAssembler(String unit, boolean twoSided, Integer docYear, DocumentKind kind, double em,
                   HeaderLexicon.Memo memo) {
        this.memo = memo;
        this.scale = scaleOf(unit);
        this.extraDecimals = extraDecimals(unit);
        this.twoSided = twoSided;
        this.docYear = docYear;
        this.kind = kind;
        this.em = em;
    }

    static double scaleOf(String unit) {
        return switch (unit) {
            case "元" -> 0.0001;
            case "千元" -> 0.1;
            case "亿元" -> 10000;
            default -> 1;
        };
    }

    static int extraDecimals(String unit) {
        return switch (unit) {
            case "元" -> 4;
            case "千元" -> 1;
            case "亿元" -> -4;
            default -> 0;
        };
    }

    List<Column> columns(List<GridReader.ColumnSpec> specs) {
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            GridReader.ColumnSpec s = specs.get(i);
            List<String> texts = s.leaf() == null ? List.of() : s.leaf().innermostFirst();
            ColumnMeaning meaning = texts.isEmpty() ? ColumnMeaning.AMOUNT : memo.meaning(texts);
            if (s.leaf() != null && memo.of(s.leaf().text()) == ColumnMeaning.TOTAL) {
                // A "小计" takes its item from the columns after it (subtotals below), not from a
                // spanning header whose extent laid-out text does not show reliably.
                meaning = ColumnMeaning.TOTAL;
            }
            if (meaning == ColumnMeaning.OTHER && s.leaf() != null && s.leaf().text().isEmpty()) {
                meaning = ColumnMeaning.AMOUNT;
            }
            Basis basis = HeaderLexicon.basis(texts, docYear, kind);
            Integer year = null;
            for (String t : texts) {
                if (year == null) {
                    year = HeaderLexicon.year(t);
                }
            }
            out.add(new Column(i, s.side(), s.header(), String.join("/", s.groups()), meaning, basis, year));
        }
        return subtotals(out);
    }

    /**
     * A "小计" inside a table is the subtotal of the columns printed after it: 小计 before
     * 购置费 and 运行费 is 公务用车购置及运行费; 小计 before 出国, 公务用车 and 接待 is the 三公 total.
     */
    private List<Column> subtotals(List<Column> columns) {
        List<Column> out = new ArrayList<>(columns);
        for (int i = out.size() - 1; i >= 0; i--) {
            Column c = out.get(i);
            boolean firstOfSide = i == 0 || out.get(i - 1).side() != c.side();
            if (c.meaning() != ColumnMeaning.TOTAL || firstOfSide) {
                continue;
            }
            String over = c.group().isEmpty() ? c.header().replaceFirst("(合计|小计)$", "")
                    : c.group().substring(c.group().lastIndexOf('/') + 1);
            ColumnMeaning groupMeaning = over.isEmpty() ? null : memo.of(over);
            if (groupMeaning == ColumnMeaning.CARRY_IN || groupMeaning == ColumnMeaning.CARRY_OUT) {
                // "合计" under "上年结转结余": the balance carried, whatever its parts are.
                out.set(i, new Column(c.index(), c.side(), c.header(), c.group(), groupMeaning, c.basis(), c.year()));
                continue;
            }
            List<ColumnMeaning> following = new ArrayList<>();
            for (int j = i + 1; j < out.size() && out.get(j).side() == c.side(); j++) {
                following.add(out.get(j).meaning());
            }
            ColumnMeaning m = ColumnRules.subtotalOf(following);
            if (m != null) {
                out.set(i, new Column(c.index(), c.side(), c.header(), c.group(), m, c.basis(), c.year()));
            }
        }
        return out;
    }

    /** A column whose figures are mostly percentages is a rate, whatever its header says. */
    List<Column> rates(List<Column> columns, List<Draft> drafts) {
        int[] pct = new int[columns.size()];
        int[] all = new int[columns.size()];
        for (Draft d : drafts) {
            for (int i = 0; i < d.values.size(); i++) {
                int c = d.columns.get(i);
                if (c >= 0 && c < columns.size() && d.values.get(i).kind() != Tok.Kind.DASH) {
                    all[c]++;
                    if (d.values.get(i).kind() == Tok.Kind.PERCENT) {
                        pct[c]++;
                    }
                }
            }
        }
        List<Column> out = new ArrayList<>(columns);
        for (int c = 0; c < out.size(); c++) {
            Column col = out.get(c);
            if (all[c] > 0 && pct[c] * 2 >= all[c] && col.meaning() != ColumnMeaning.COMPLETION_RATE) {
                out.set(c, new Column(col.index(), col.side(), col.header(), col.group(), ColumnMeaning.CHANGE_RATE,
                        col.basis(), col.year()));
            }
        }
        return out;
    }

    List<Row> rows(List<Draft> drafts, List<Column> columns) {
        List<Row> rows = new ArrayList<>();
        Map<Integer, String> lastCode = new HashMap<>();
        Map<Integer, Double> minX = new HashMap<>();
        for (Draft d : drafts) {
            if (!Double.isNaN(d.labelX0)) {
                minX.merge(d.side, d.labelX0, Math::min);
            }
        }
        Map<Integer, Integer> decimalsByColumn = typicalDecimals(drafts);
        boolean firstValueRow = true;
        java.util.Set<Integer> econClassOpen = new java.util.HashSet<>();
        for (Draft d : drafts) {
            String code = RowHierarchy.complete(d.code(), lastCode.getOrDefault(d.side, ""));
            CodeKind codeKind = RowHierarchy.kindOf(code);
            if (codeKind != CodeKind.NONE) {
                lastCode.put(d.side, code);
            }
            String label = d.labelText();
            if (label.isEmpty() && code.isEmpty() && d.hasValues() && firstValueRow && d.side == 0) {
                // A first row of figures under the header without a label is the table's total.
                label = "合计";
            }
            if (d.hasValues()) {
                firstValueRow = false;
            }
            RowRole role = codeKind == CodeKind.UNIT ? RowRole.UNIT : RowHierarchy.role(label, twoSided, d.side);
            List<Cell> cells = cells(d, columns, decimalsByColumn);
            int level = level(role, code, codeKind, label, d, minX);
            if (code.isEmpty() && RowHierarchy.isEconClass(label)) {
                econClassOpen.add(d.side);
            } else if (level == 0) {
                econClassOpen.remove(d.side);
            } else if (code.isEmpty() && level == 1 && role == RowRole.DETAIL && econClassOpen.contains(d.side)
                    && RowHierarchy.labelLevel(label) == 0) {
                // "工资福利支出" then "基本工资", "津贴补贴" with no codes: items of that class.
                level = 2;
            }
            rows.add(new Row(rows.size(), d.side, label, code, codeKind, level, -1, role,
                    RowHierarchy.subject(code, codeKind, label), cells,
                    new SourceSpan(d.firstLine + 1, d.lastLine + 1), d.page));
        }
        return parents(grandTotals(rows));
    }

    /**
     * "收入合计" after "当年收入小计" and "上年结转" is the grand total, not this year's income:
     * when a table prints an explicit current-year subtotal, its plain 合计 rows are the totals.
     */
    private static List<Row> grandTotals(List<Row> rows) {
        boolean incomeSub = rows.stream().anyMatch(r -> r.role() == RowRole.INCOME_CURRENT
                && (r.label().contains("当年") || r.label().contains("本年")));
        boolean expenseSub = rows.stream().anyMatch(r -> r.role() == RowRole.EXPENSE_CURRENT
                && (r.label().contains("当年") || r.label().contains("本年")));
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            String l = r.label().replace(" ", "");
            if (incomeSub && r.role() == RowRole.INCOME_CURRENT && l.equals("收入合计")) {
                r = r.withRole(RowRole.INCOME_TOTAL, "INCOME_TOTAL");
            } else if (expenseSub && r.role() == RowRole.EXPENSE_CURRENT && l.equals("支出合计")) {
                r = r.withRole(RowRole.EXPENSE_TOTAL, "EXPENSE_TOTAL");
            }
            out.add(r);
        }
        return out;
    }

    private int level(RowRole role, String code, CodeKind codeKind, String label, Draft d, Map<Integer, Double> minX) {
        switch (role) {
            case TOTAL, INCOME_TOTAL, EXPENSE_TOTAL, GRAND_TOTAL, INCOME_CURRENT, EXPENSE_CURRENT,
                    CARRY_IN, CARRY_OUT, NONFISCAL_BALANCE, BALANCE_DISTRIBUTION -> {
                return 0;
            }
            default -> {
            }
        }
        if (codeKind == CodeKind.FUNCTION || codeKind == CodeKind.ECONOMIC || codeKind == CodeKind.GOV_ECONOMIC) {
            return RowHierarchy.codeLevel(code, codeKind);
        }
        int byLabel = RowHierarchy.labelLevel(label);
        if (byLabel > 0) {
            return byLabel;
        }
        if (role == RowRole.OF_WHICH) {
            return -1;
        }
        Double min = minX.get(d.side);
        if (min != null && !Double.isNaN(d.labelX0) && d.labelX0 - min >= 1.5 * em) {
            return -2;
        }
        return 1;
    }

    private List<Cell> cells(Draft d, List<Column> columns, Map<Integer, Integer> typical) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < d.values.size(); i++) {
            int col = d.columns.get(i);
            if (col < 0 || col >= columns.size()) {
                continue;
            }
            Column c = columns.get(col);
            if (c.meaning() == ColumnMeaning.ROW_NUMBER) {
                continue;
            }
            Tok t = d.values.get(i);
            boolean money = c.meaning().isMoney() && t.kind() != Tok.Kind.PERCENT;
            double value = money ? t.value() * scale : t.value();
            int dec = t.kind() == Tok.Kind.DASH ? typical.getOrDefault(col, 0) : t.decimals();
            if (money) {
                dec += extraDecimals;
            }
            cells.add(new Cell(col, value, dec, t.raw(), d.uncertain.get(i), d.valueLines.get(i) + 1));
        }
        return cells;
    }

    private static Map<Integer, Integer> typicalDecimals(List<Draft> drafts) {
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        for (Draft d : drafts) {
            for (int i = 0; i < d.values.size(); i++) {
                Tok t = d.values.get(i);
                if (t.kind() == Tok.Kind.NUMBER && t.value() != 0) {
                    counts.computeIfAbsent(d.columns.get(i), k -> new HashMap<>()).merge(t.decimals(), 1, Integer::sum);
                }
            }
        }
        Map<Integer, Integer> out = new HashMap<>();
        counts.forEach((col, byDec) -> out.put(col, byDec.entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0)));
        return out;
    }

    /**
     * Parents: a coded row hangs under the nearest row above whose code is its prefix; other
     * rows under the nearest shallower row above (indented and 其中 rows one below the row
     * above them). Top-level rows hang under the side's total; in a summary table, under the
     * 本年收入/支出合计 row that closes their half.
     */
    private List<Row> parents(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows);
        Map<Integer, Deque<Row>> stacks = new HashMap<>();
        Map<Integer, Row> anchors = new HashMap<>();
        Map<Integer, Row> units = new HashMap<>();
        Map<Integer, Row> balances = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            Row r = out.get(i);
            if (r.role() == RowRole.UNIT) {
                // A unit's row sums that unit's rows below it; the table total sums the units.
                Row department = null;
                for (int k = i - 1; k >= 0 && department == null; k--) {
                    Row p = out.get(k);
                    if (p.role() == RowRole.UNIT && p.side() == r.side() && !p.code().isEmpty()
                            && r.code().length() > p.code().length() && r.code().startsWith(p.code())) {
                        // "052" then "052001", "052002": a department and the units under it.
                        department = p;
                    }
                }
                r = department != null ? r.withParent(department.index(), department.level() + 1)
                        : r.withParent(totalAbove(stacks.computeIfAbsent(r.side(), k -> new ArrayDeque<>())), 1);
                out.set(i, r);
                units.put(r.side(), r);
                continue;
            }
            Deque<Row> stack = stacks.computeIfAbsent(r.side(), k -> new ArrayDeque<>());
            int level = r.level();
            int parent = -1;
            if (level < 0) {
                // 其中 and indented rows: one below the last row of their own level or higher.
                Row anchor = anchors.get(r.side());
                level = anchor == null ? 1 : anchor.level() + 1;
                parent = anchor == null ? totalAbove(stack) : anchor.index();
                out.set(i, r.withParent(parent, level));
                continue;
            }
            if (r.codeKind() == CodeKind.FUNCTION || r.codeKind() == CodeKind.ECONOMIC
                    || r.codeKind() == CodeKind.GOV_ECONOMIC) {
                for (int k = i - 1; k >= 0; k--) {
                    Row p = out.get(k);
                    if (p.side() == r.side() && p.codeKind() == r.codeKind() && !p.code().equals(r.code())
                            && r.code().startsWith(p.code())) {
                        parent = k;
                        break;
                    }
                }
                if (parent < 0) {
                    Row unit = units.get(r.side());
                    parent = unit != null ? unit.index() : totalAbove(stack);
                }
            } else if (level > 0) {
                while (!stack.isEmpty() && stack.peek().level() >= level) {
                    stack.pop();
                }
                parent = stack.isEmpty() ? -1 : stack.peek().index();
                Row balance = balances.get(r.side());
                if (parent < 0 && balance != null && RowHierarchy.labelLevel(r.label()) >= 2) {
                    // "二、上年结转" then "（一）一般公共预算拨款 …": the balance row's own breakdown.
                    parent = balance.index();
                }
            }
            r = r.withParent(parent, level);
            out.set(i, r);
            if (level == 0) {
                stack.clear();
                if (!closes(r.role())) {
                    // A balance row (结转, 结余分配) heads only its enumerated breakdown below it.
                    anchors.remove(r.side());
                    balances.put(r.side(), r);
                    continue;
                }
                balances.remove(r.side());
            } else {
                while (!stack.isEmpty() && stack.peek().level() >= level) {
                    stack.pop();
                }
            }
            stack.push(r);
            anchors.put(r.side(), r);
        }
        semanticParents(out);
        closingTotals(out);
        return out;
    }

    private static int totalAbove(Deque<Row> stack) {
        for (Row r : stack) {
            if (r.level() == 0) {
                return r.index();
            }
        }
        return -1;
    }

    /** 公务用车购置费 and 运行维护费 are parts of 公务用车购置及运行费 wherever they are printed. */
    private static void semanticParents(List<Row> rows) {
        Row car = null;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.subject().equals("3P:CAR")) {
                car = r;
            } else if (car != null && car.side() == r.side()
                    && (r.subject().equals("3P:CAR_BUY") || r.subject().equals("3P:CAR_RUN"))) {
                rows.set(i, r.withParent(car.index(), car.level() + 1));
            }
        }
    }

    /**
     * A total printed below its rows (合计 at the bottom, 本年收入合计 closing a half) is the
     * parent of the top-level rows above it that have none.
     */
    /** Rows that sum the rows above them; balance rows (结转, 结余分配) do not. */
    private static boolean closes(RowRole role) {
        return role == RowRole.TOTAL || role == RowRole.INCOME_CURRENT || role == RowRole.EXPENSE_CURRENT
                || role == RowRole.INCOME_TOTAL || role == RowRole.EXPENSE_TOTAL || role == RowRole.GRAND_TOTAL;
    }

    private static void closingTotals(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Row t = rows.get(i);
            if (t.level() != 0 || t.parent() >= 0 || !closes(t.role())) {
                continue;
            }
            List<Integer> orphans = new ArrayList<>();
            Row stop = null;
            for (int k = i - 1; k >= 0; k--) {
                Row r = rows.get(k);
                if (r.side() != t.side()) {
                    continue;
                }
                if (r.level() == 0) {
                    stop = r;
                    break;
                }
                if (r.parent() < 0 && r.level() >= 1) {
                    orphans.add(k);
                }
            }
            // Rows right after a balance row ("上年结转" then "一、一般公共预算 …") are its breakdown.
            int parent = stop != null && !closes(stop.role()) ? stop.index() : t.index();
            for (int k : orphans) {
                Row r = rows.get(k);
                rows.set(k, r.withParent(parent, r.level()));
            }
        }
    }
}
