package io.github.disclosureauditor.facts;

import io.github.disclosureauditor.model.Basis;
import io.github.disclosureauditor.model.Cell;
import io.github.disclosureauditor.model.CodeKind;
import io.github.disclosureauditor.model.Column;
import io.github.disclosureauditor.model.ColumnMeaning;
import io.github.disclosureauditor.model.DocumentKind;
import io.github.disclosureauditor.model.FundScope;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.RowRole;
import io.github.disclosureauditor.model.Table;
import io.github.disclosureauditor.model.TableFamily;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the amounts of each table under lexicon keys, for cross-table and narrative rules. */
final class Quantities {
    private static final Pattern GPB_LABEL =
            Pattern.compile("^[(（]?[一二三]?[)）、]?\\d?[.、]?一般公共预算(财政)?(拨款)?(收入|资金)?$");
    /** Row subjects worth comparing wherever a table prints them. */
    private static final Set<String> ROW_KEYS = Set.of("BASIC", "PROJECT", "PERSONNEL", "PUBLIC", "ORG_RUN",
            "3P:TOTAL", "3P:ABROAD", "3P:CAR", "3P:CAR_BUY", "3P:CAR_RUN", "3P:RECEPTION");

    private Quantities() {
    }

    static List<Quantity> of(Table t, DocumentKind kind) {
        List<Quantity> out = new ArrayList<>();
        switch (t.family()) {
            case INCOME_EXPENSE_SUMMARY, FISCAL_SUMMARY -> summary(t, out);
            case EXPENSE, GPB_EXPENSE, FISCAL_EXPENSE, INCOME, GOV_FUND, STATE_CAPITAL -> functional(t, out);
            case GPB_BASIC -> {
                total(t, out, "BASIC", "GPB");
                rowSubjects(t, out, "GPB");
                economic(t, out, "BASIC");
            }
            case ECON_SUMMARY -> economic(t, out, "ALL");
            case ORG_RUNNING -> {
                total(t, out, "ORG_RUN", "ALL");
                economic(t, out, "ORG_RUN");
            }
            case PROCUREMENT -> total(t, out, "PROC:TOTAL", "ALL");
            case PROJECT_EXPENSE -> total(t, out, "PROJECT", "PROJECT_TABLE");
            case THREE_PUBLIC -> threePublic(t, out, kind);
            default -> {
            }
        }
        return out;
    }

    static String scope(FundScope s) {
        return switch (s) {
            case GENERAL -> "GPB";
            case FISCAL -> "FISCAL";
            case GOV_FUND -> "GOV_FUND";
            case STATE_CAPITAL -> "STATE_CAPITAL";
            default -> "ALL";
        };
    }

    private static Quantity q(String key, Table t, Row r, Cell c, String scope) {
        return new Quantity(key, c.value(), c.decimals(), scope, t.id(), t.family().name(), t.title(), r.display(),
                c.line(), c.line(), c.uncertain() || t.check().misread());
    }

    /** The row's amount: its first money column that is a total or a plain amount. */
    private static Cell amount(Table t, Row r) {
        for (Cell c : r.cells()) {
            Column col = t.column(c.column());
            if (col != null && col.side() == r.side() && col.basis() == Basis.CURRENT
                    && (col.meaning() == ColumnMeaning.TOTAL || col.meaning() == ColumnMeaning.AMOUNT)) {
                return c;
            }
        }
        return null;
    }

    private static Row totalRow(Table t) {
        for (Row r : t.rows()) {
            if (r.role() == RowRole.TOTAL && r.level() == 0 && r.hasValues()) {
                return r;
            }
        }
        return null;
    }

    private static void summary(Table t, List<Quantity> out) {
        String scope = scope(t.scope());
        boolean gpb = false;
        for (Row r : t.rows()) {
            Cell c = amount(t, r);
            if (c == null && r.hasValues()) {
                c = r.cells().get(0);
            }
            if (c == null) {
                continue;
            }
            switch (r.role()) {
                case INCOME_CURRENT -> out.add(q("INCOME", t, r, c, scope));
                case EXPENSE_CURRENT -> out.add(q("EXPENSE", t, r, c, scope));
                case CARRY_IN -> out.add(q("CARRY_IN", t, r, c, scope));
                case INCOME_TOTAL -> out.add(q("INCOME_TOTAL", t, r, c, scope));
                case EXPENSE_TOTAL -> out.add(q("EXPENSE_TOTAL", t, r, c, scope));
                default -> {
                    if (r.side() == 1 && r.subject().startsWith("FUNC:")) {
                        out.add(q(r.subject(), t, r, c, scope));
                    } else if (ROW_KEYS.contains(r.subject())) {
                        out.add(q(r.subject(), t, r, c, scope));
                    } else if (!gpb && r.side() == 0 && GPB_LABEL.matcher(r.label()).matches()) {
                        // The first such row is current-year income; later ones are carry-over sub-rows.
                        out.add(q("GPB", t, r, c, scope));
                        gpb = true;
                    }
                }
            }
        }
    }

    private static void functional(Table t, List<Quantity> out) {
        String scope = t.family() == TableFamily.INCOME ? "INCOME" : scope(t.scope());
        Row total = totalRow(t);
        if (total != null) {
            Cell c = amount(t, total);
            if (c != null) {
                out.add(q(t.family() == TableFamily.INCOME ? "INCOME" : "EXPENSE", t, total, c, scope));
                if (t.scope() == FundScope.GENERAL && t.family() != TableFamily.INCOME) {
                    out.add(q("GPB", t, total, c, scope));
                }
            }
            if (t.family() != TableFamily.INCOME) {
                for (Cell cell : total.cells()) {
                    Column col = t.column(cell.column());
                    if (col != null && col.basis() == Basis.CURRENT
                            && (col.meaning() == ColumnMeaning.BASIC || col.meaning() == ColumnMeaning.PROJECT)) {
                        out.add(q(col.meaning().subject(), t, total, cell, scope));
                    }
                }
            }
        }
        // Every coded row by its code; a 类 not printed is the sum of its 款 or 项.
        Map<String, double[]> classSums = new LinkedHashMap<>();
        Map<String, Row> classRow = new LinkedHashMap<>();
        for (Row r : t.rows()) {
            if (r.codeKind() != CodeKind.FUNCTION) {
                if (r.level() == 1 && r.subject().startsWith("FUNC:") && r.code().isEmpty()) {
                    Cell c = amount(t, r);
                    if (c != null) {
                        out.add(q(r.subject(), t, r, c, scope));
                    }
                }
                continue;
            }
            Cell c = amount(t, r);
            if (c == null) {
                continue;
            }
            out.add(q("FUNC:" + r.code(), t, r, c, scope));
            String cls = r.code().substring(0, 3);
            if (r.code().length() > 3 && !hasRow(t, cls)) {
                boolean topmost = r.code().length() == 5 || !hasRow(t, r.code().substring(0, 5));
                if (topmost) {
                    double[] acc = classSums.computeIfAbsent(cls, k -> new double[2]);
                    acc[0] += c.value();
                    acc[1] = Math.max(acc[1], c.decimals());
                    classRow.putIfAbsent(cls, r);
                }
            }
        }
        for (Map.Entry<String, double[]> e : classSums.entrySet()) {
            Row r = classRow.get(e.getKey());
            out.add(new Quantity("FUNC:" + e.getKey(), e.getValue()[0], (int) e.getValue()[1], scope, t.id(),
                    t.family().name(), t.title(), r.display(), r.span().line(), r.span().endLine(),
                    t.check().misread()));
        }
    }

    private static boolean hasRow(Table t, String code) {
        for (Row r : t.rows()) {
            if (r.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** The total row's amount under {@code key}, and its named columns under theirs. */
    private static void total(Table t, List<Quantity> out, String key, String scope) {
        Row total = totalRow(t);
        if (total == null) {
            return;
        }
        Cell c = amount(t, total);
        if (c == null) {
            c = total.cells().get(0);
        }
        out.add(q(key, t, total, c, scope));
        for (Cell cell : total.cells()) {
            Column col = t.column(cell.column());
            if (col != null && col.basis() == Basis.CURRENT && (col.meaning() == ColumnMeaning.PERSONNEL
                    || col.meaning() == ColumnMeaning.PUBLIC)) {
                out.add(q(col.meaning().subject(), t, total, cell, scope));
            }
        }
    }

    /** Rows such as "人员经费合计" in side-by-side layouts. */
    private static void rowSubjects(Table t, List<Quantity> out, String scope) {
        for (Row r : t.rows()) {
            if (r.codeKind() == CodeKind.NONE && (r.subject().equals("PERSONNEL") || r.subject().equals("PUBLIC"))) {
                Cell c = amount(t, r);
                if (c != null) {
                    out.add(q(r.subject(), t, r, c, scope));
                }
            }
        }
    }

    /**
     * Economic lines by code. A code printed on several rows (the same line under two government
     * classes, or once for basic and once for project money) is the sum of its rows.
     */
    private static void economic(Table t, List<Quantity> out, String scope) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Row> first = new LinkedHashMap<>();
        Map<String, Boolean> unsure = new LinkedHashMap<>();
        for (Row r : t.rows()) {
            if (r.codeKind() != CodeKind.ECONOMIC) {
                continue;
            }
            Cell c = amount(t, r);
            if (c == null) {
                continue;
            }
            double[] acc = sums.computeIfAbsent(r.code(), k -> new double[2]);
            acc[0] += c.value();
            acc[1] = Math.max(acc[1], c.decimals());
            first.putIfAbsent(r.code(), r);
            unsure.merge(r.code(), c.uncertain(), Boolean::logicalOr);
        }
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            Row r = first.get(e.getKey());
            out.add(new Quantity("ECON:" + e.getKey(), e.getValue()[0], (int) e.getValue()[1], scope, t.id(),
                    t.family().name(), t.title(), r.display(), r.span().line(), r.span().endLine(),
                    unsure.get(e.getKey()) || t.check().misread()));
        }
    }

    private static void threePublic(Table t, List<Quantity> out, DocumentKind kind) {
        boolean tpTotalColumn = t.columns().stream().anyMatch(c -> c.meaning() == ColumnMeaning.TP_TOTAL);
        boolean extras = t.columns().stream().anyMatch(c -> c.meaning() == ColumnMeaning.MEETING
                || c.meaning() == ColumnMeaning.TRAINING);
        for (Row r : t.rows()) {
            for (Cell c : r.cells()) {
                Column col = t.column(c.column());
                if (col == null || !col.meaning().isMoney()) {
                    continue;
                }
                String scope = scopeOf(col.basis(), kind);
                if (scope == null) {
                    continue;
                }
                String key = col.meaning().subject();
                if (col.meaning() == ColumnMeaning.TOTAL) {
                    key = tpTotalColumn || extras ? "3P:ALL" : "3P:TOTAL";
                } else if (col.meaning() == ColumnMeaning.AMOUNT) {
                    key = r.isTotal() ? "3P:TOTAL" : r.subject().startsWith("3P:") ? r.subject() : "";
                }
                if (!key.isEmpty() && (key.startsWith("3P:") || key.equals("ORG_RUN") || key.equals("MEETING")
                        || key.equals("TRAINING"))) {
                    out.add(q(key, t, r, c, scope));
                }
            }
        }
    }

    private static String scopeOf(Basis b, DocumentKind kind) {
        return switch (b) {
            case CURRENT -> kind == DocumentKind.FINAL_ACCOUNT ? "FINAL" : "BUDGET";
            case BUDGET, ADJUSTED -> "BUDGET";
            case PRIOR, PRIOR_BUDGET, PRIOR_EXECUTED, PRIOR_FINAL -> "PRIOR";
            default -> null;
        };
    }
}
