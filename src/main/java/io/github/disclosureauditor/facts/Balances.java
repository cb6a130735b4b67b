package io.github.disclosureauditor.facts;

import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.Table;
import io.github.disclosureauditor.parse.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Identities of the two-sided summary tables (收支总表, 财政拨款收支总表): 收入总计 = 本年收入 +
 * 上年结转, 支出总计 = 本年支出 + 年终结转, 收入总计 = 支出总计, and 本年支出 = the function
 * classes. Rows with the same count of numbers are compared column by column; otherwise only
 * their first numbers.
 */
final class Balances {
    static final Pattern INCOME_CUR = Pattern.compile("^(一、)?本年收入(合计)?[:：]?$");
    static final Pattern EXPENSE_CUR = Pattern.compile("^(一、)?本年支出(合计)?[:：]?$");
    static final Pattern CARRY_IN = Pattern.compile("^(二、)?(上年结转(结余)?|上年财政拨款结转|年初(财政拨款)?结转和结余)");
    static final Pattern CARRY_OUT = Pattern.compile("^(二、)?(年终结转(结余)?|年末(财政拨款)?结转和结余)");
    static final Pattern INCOME_TOTAL = Pattern.compile("^(收入总计|收入合计)[:：]?$");
    static final Pattern EXPENSE_TOTAL = Pattern.compile("^(支出总计|支出合计)[:：]?$");
    static final Pattern GRAND_TOTAL = Pattern.compile("^总计[:：]?$");

    private Balances() {
    }

    record Found(Row incomeCur, Row expenseCur, Row carryIn, Row carryOut, Row incomeTotal, Row expenseTotal) {
    }

    static Found find(Table t) {
        Row ic = null, ec = null, ci = null, co = null, it = null, et = null;
        for (Row r : t.rows()) {
            String l = r.label();
            if (l.indexOf('计') < 0 && l.indexOf('结') < 0 && !l.startsWith("一、本年") && !l.startsWith("本年")) {
                continue;
            }
            if (ic == null && INCOME_CUR.matcher(l).find()) {
                ic = r;
            } else if (ec == null && EXPENSE_CUR.matcher(l).find()) {
                ec = r;
            } else if (ci == null && CARRY_IN.matcher(l).find()) {
                ci = r;
            } else if (co == null && CARRY_OUT.matcher(l).find()) {
                co = r;
            } else if (it == null && INCOME_TOTAL.matcher(l).find()) {
                it = r;
            } else if (et == null && EXPENSE_TOTAL.matcher(l).find()) {
                et = r;
            } else if (GRAND_TOTAL.matcher(l).find()) {
                if (r.side() == 0 && it == null) {
                    it = r;
                } else if (et == null) {
                    et = r;
                }
            }
        }
        return new Found(ic, ec, ci, co, it, et);
    }

    static List<SumCheck> of(Table t) {
        List<SumCheck> out = new ArrayList<>();
        Found f = find(t);
        sum(out, t, f.expenseTotal(), f.expenseCur(), f.carryOut(), "支出总计 = 本年支出合计 + 年终结转结余");
        sum(out, t, f.incomeTotal(), f.incomeCur(), f.carryIn(), "收入总计 = 本年收入合计 + 上年结转");
        if (f.incomeTotal() != null && f.expenseTotal() != null && f.incomeTotal().hasValues()
                && f.expenseTotal().hasValues()) {
            Row a = f.incomeTotal();
            Row b = f.expenseTotal();
            out.add(new SumCheck("BALANCE", t.id(), t.family().name(), t.title(), b.label(), "合计", a.first(),
                    b.first(), 1, Math.max(a.decimals().get(0), b.decimals().get(0)), a.span().line(),
                    List.of(b.span().line()), false, "收入总计 = 支出总计"));
        }
        functionClasses(out, t, f.expenseCur());
        return out;
    }

    private static void sum(List<SumCheck> out, Table t, Row total, Row current, Row carry, String description) {
        if (total == null || current == null || !total.hasValues() || !current.hasValues()) {
            return;
        }
        boolean columnwise = total.values().size() == current.values().size()
                && (carry == null || !carry.hasValues() || carry.values().size() == total.values().size());
        int n = columnwise ? total.values().size() : 1;
        for (int i = 0; i < n; i++) {
            double c = current.values().get(i);
            int d = Math.max(total.decimals().get(i), current.decimals().get(i));
            List<Integer> lines = new ArrayList<>(List.of(current.span().line()));
            if (carry != null && carry.hasValues()) {
                c += carry.values().get(i);
                d = Math.max(d, carry.decimals().get(i));
                lines.add(carry.span().line());
            }
            out.add(new SumCheck("BALANCE", t.id(), t.family().name(), t.title(), total.label(),
                    i == 0 ? "合计" : "第" + (i + 1) + "列", total.values().get(i), c,
                    carry != null && carry.hasValues() ? 2 : 1, d, total.span().line(), lines, false, description));
        }
    }

    private static void functionClasses(List<SumCheck> out, Table t, Row expenseCur) {
        if (expenseCur == null || !expenseCur.hasValues()) {
            return;
        }
        double sum = 0;
        int d = expenseCur.decimals().get(0);
        List<Integer> lines = new ArrayList<>();
        for (Row r : t.rows()) {
            if (r.hasValues() && Lexicon.functionClassOf(r.label()) != null) {
                sum += r.first();
                d = Math.max(d, r.decimals().get(0));
                lines.add(r.span().line());
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        out.add(new SumCheck("COLUMN_TOTAL", t.id(), t.family().name(), t.title(), expenseCur.label(), "合计",
                expenseCur.first(), sum, lines.size(), d, expenseCur.span().line(), lines, false,
                "本年支出合计与各功能分类支出之和"));
    }
}
