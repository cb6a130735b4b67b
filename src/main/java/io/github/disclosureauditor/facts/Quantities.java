package io.github.disclosureauditor.facts;

import io.github.disclosureauditor.model.DocumentKind;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.Table;
import io.github.disclosureauditor.model.TableFamily;
import io.github.disclosureauditor.parse.Lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the amounts of each table under lexicon keys, for cross-table and narrative rules. */
final class Quantities {
    private static final java.util.regex.Pattern GPB_LABEL =
            java.util.regex.Pattern.compile("^[(（]?[一二三]?[)）、]?一般公共预算(财政)?(拨款)?(收入)?$");
    private Quantities() {
    }

    static List<Quantity> of(Table t, DocumentKind kind) {
        List<Quantity> out = new ArrayList<>();
        switch (t.family()) {
            case INCOME_EXPENSE_SUMMARY, FISCAL_SUMMARY -> summary(t, out);
            case EXPENSE, GPB_EXPENSE, INCOME -> functional(t, out);
            case GPB_BASIC -> {
                totals(t, out, "BASIC", "GPB", Map.of("人员经费", "PERSONNEL", "公用经费", "PUBLIC"));
                labelled(t, out, "人员经费(合计)?", "PERSONNEL");
                labelled(t, out, "公用经费(合计)?", "PUBLIC");
                economic(t, out, "BASIC");
            }
            case ECON_SUMMARY -> economic(t, out, "ALL");
            case ORG_RUNNING -> {
                totals(t, out, "ORG_RUN", "ALL", Map.of());
                economic(t, out, "ORG_RUN");
            }
            case PROCUREMENT -> totals(t, out, "PROC:TOTAL", "ALL", Map.of());
            case PROJECT_EXPENSE -> totals(t, out, "PROJECT", "PROJECT_TABLE", Map.of());
            case THREE_PUBLIC -> threePublic(t, out, kind);
            default -> {
            }
        }
        return out;
    }

    private static Quantity q(String key, Table t, Row r, int index, String scope, boolean ambiguous) {
        return new Quantity(key, r.values().get(index), r.decimals().get(index), scope, t.id(), t.family().name(),
                t.title(), r.label(), r.span().line(), r.span().endLine(), ambiguous);
    }

    private static String scopeOf(TableFamily f) {
        return switch (f) {
            case GPB_EXPENSE -> "GPB";
            case FISCAL_SUMMARY -> "FISCAL";
            default -> "ALL";
        };
    }

    private static void summary(Table t, List<Quantity> out) {
        String scope = scopeOf(t.family());
        Balances.Found f = Balances.find(t);
        addFirst(out, "INCOME", t, f.incomeCur(), scope);
        addFirst(out, "EXPENSE", t, f.expenseCur(), scope);
        addFirst(out, "CARRY_IN", t, f.carryIn(), scope);
        addFirst(out, "INCOME_TOTAL", t, f.incomeTotal(), scope);
        addFirst(out, "EXPENSE_TOTAL", t, f.expenseTotal(), scope);
        boolean gpb = false;
        for (Row r : t.rows()) {
            if (!r.hasValues()) {
                continue;
            }
            String fc = Lexicon.functionClassOf(r.label());
            if (fc != null) {
                out.add(q("FUNC:" + fc, t, r, 0, scope, false));
            } else if (!gpb && GPB_LABEL.matcher(r.label()).matches()) {
                // The first such row is current-year income; later ones are carry-over sub-rows.
                out.add(q("GPB", t, r, 0, scope, false));
                gpb = true;
            }
        }
    }

    /** Rows such as "人员经费合计" in side-by-side layouts. */
    private static void labelled(Table t, List<Quantity> out, String labelRegex, String key) {
        for (Row r : t.rows()) {
            if (r.hasValues() && r.label().matches(labelRegex)) {
                out.add(q(key, t, r, 0, "GPB", false));
            }
        }
    }

    private static void addFirst(List<Quantity> out, String key, Table t, Row r, String scope) {
        if (r != null && r.hasValues()) {
            out.add(q(key, t, r, 0, scope, false));
        }
    }

    private static void functional(Table t, List<Quantity> out) {
        // Income by function class is current-year income only; it matches expenditure only
        // when nothing was carried over, which the cross-table rule checks through singleFund.
        String scope = t.family() == TableFamily.INCOME ? "INCOME" : scopeOf(t.family());
        if (t.family() == TableFamily.INCOME) {
            totals(t, out, "INCOME", scope, Map.of());
        } else {
            totals(t, out, "EXPENSE", scope, Map.of("基本支出", "BASIC", "项目支出", "PROJECT"));
            if (t.family() == TableFamily.GPB_EXPENSE) {
                totals(t, out, "GPB", scope, Map.of());
            }
        }
        // 类 totals: a 类 row when printed, else the sum of its 款 or 项 rows.
        Map<String, double[]> byClass = new LinkedHashMap<>();
        Map<String, Row> firstRow = new LinkedHashMap<>();
        for (int level = 3; level >= 1; level--) {
            Map<String, double[]> atLevel = new LinkedHashMap<>();
            for (Row r : t.rows()) {
                if (r.codeKind() == Row.CodeKind.FUNCTION && r.level() == level && r.hasValues()) {
                    String cls = r.code().substring(0, 3);
                    double[] acc = atLevel.computeIfAbsent(cls, k -> new double[2]);
                    acc[0] += r.first();
                    acc[1] = Math.max(acc[1], r.decimals().get(0));
                    firstRow.putIfAbsent(cls + "@" + level, r);
                }
            }
            byClass.putAll(atLevel);
        }
        for (Map.Entry<String, double[]> e : byClass.entrySet()) {
            Row r = null;
            for (int level = 1; level <= 3 && r == null; level++) {
                r = firstRow.get(e.getKey() + "@" + level);
            }
            out.add(new Quantity("FUNC:" + e.getKey(), e.getValue()[0], (int) e.getValue()[1], scope, t.id(),
                    t.family().name(), t.title(), r.label(), r.span().line(), r.span().endLine(), false));
        }
    }

    /** The total row's first value under {@code key}, and named columns under their keys. */
    private static void totals(Table t, List<Quantity> out, String key, String scope, Map<String, String> columns) {
        Row total = RowRoles.total(t);
        if (total == null) {
            return;
        }
        out.add(q(key, t, total, 0, scope, false));
        for (Map.Entry<String, String> c : columns.entrySet()) {
            for (int i = 1; i < total.values().size(); i++) {
                if (c.getKey().equals(total.columns().get(i))) {
                    out.add(q(c.getValue(), t, total, i, scope, total.ambiguous().get(i)));
                }
            }
        }
    }

    private static void economic(Table t, List<Quantity> out, String scope) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Row r : t.rows()) {
            if (r.codeKind() == Row.CodeKind.ECONOMIC && r.code().length() == 5 && r.hasValues()) {
                double[] acc = sums.computeIfAbsent(r.code(), k -> new double[2]);
                acc[0] += r.first();
                acc[1] = Math.max(acc[1], r.decimals().get(0));
                rows.putIfAbsent(r.code(), r);
            }
        }
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            Row r = rows.get(e.getKey());
            out.add(new Quantity("ECON:" + e.getKey(), e.getValue()[0], (int) e.getValue()[1], scope, t.id(),
                    t.family().name(), t.title(), r.label(), r.span().line(), r.span().endLine(), false));
        }
    }

    private static void threePublic(Table t, List<Quantity> out, DocumentKind kind) {
        String defaultScope = kind == DocumentKind.FINAL_ACCOUNT ? "FINAL" : "BUDGET";
        Map<String, String> keys = Map.of("合计", "3P:TOTAL", "因公出国(境)费", "3P:ABROAD",
                "公务用车购置及运行费", "3P:CAR", "公务用车购置费", "3P:CAR_BUY", "公务用车运行维护费", "3P:CAR_RUN",
                "公务接待费", "3P:RECEPTION");
        for (Row r : t.rows()) {
            if (!r.hasValues()) {
                continue;
            }
            if (!t.schema().isEmpty()) {
                for (int i = 0; i < r.values().size(); i++) {
                    String col = r.columns().get(i);
                    if (col == null) {
                        continue;
                    }
                    String scope = col.startsWith("预算:") ? "BUDGET" : col.startsWith("决算:") ? "FINAL" : defaultScope;
                    String key = keys.get(col.replaceFirst("^(预算|决算):", ""));
                    if (key != null) {
                        out.add(q(key, t, r, i, scope, r.ambiguous().get(i)));
                    }
                }
            } else {
                Lexicon.Hit hit = Lexicon.lastSubject(r.label().replaceAll("^[①②③④⑤、\\d.]+", ""));
                String key = r.isTotal() ? "3P:TOTAL" : hit != null && hit.key().startsWith("3P:") ? hit.key() : null;
                if (key != null) {
                    out.add(q(key, t, r, 0, defaultScope, false));
                }
            }
        }
    }
}
