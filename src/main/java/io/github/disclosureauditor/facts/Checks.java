package io.github.disclosureauditor.facts;

import java.util.Locale;

/**
 * Arithmetic and formatting helpers shared by the reader and the rules. Every printed number
 * stands for an interval of half a unit of its last digit either side. Whether a stated share,
 * growth rate or sum fits its figures is audit policy and lives in rules/policy.drl.
 */
public final class Checks {
    private Checks() {
    }

    public static double half(int decimals) {
        return 0.5 * Math.pow(10, -decimals);
    }

    /** part / whole × 100. */
    public static double pct(double part, double whole) {
        return whole == 0 ? Double.NaN : part / whole * 100;
    }

    public static String amount(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return java.math.BigDecimal.valueOf(v).setScale(Math.max(0, Math.min(decimals, 6)),
                java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public static String money(double v, int decimals) {
        return amount(v, decimals) + " 万元";
    }

    public static String percent(double v, int decimals) {
        return Double.isFinite(v) ? amount(v, decimals) + "%" : "无法计算";
    }

    public static double abs(double v) {
        return Math.abs(v);
    }

    /** The largest number in any of the lists (collected figures), or 0 when they are all empty. */
    public static double largest(java.util.List<?>... lists) {
        double max = 0;
        for (java.util.List<?> l : lists) {
            for (Object o : l) {
                if (o instanceof Number n) {
                    max = Math.max(max, n.doubleValue());
                }
            }
        }
        return max;
    }
}
