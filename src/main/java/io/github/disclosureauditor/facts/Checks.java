package io.github.disclosureauditor.facts;

import java.util.Locale;

/**
 * Arithmetic and formatting helpers shared by the reader and the rules. Every printed number
 * stands for an interval of half a unit of its last digit either side; a stated share is
 * consistent when its interval meets the interval of what the printed part and whole can produce
 * ({@link #pctConsistent}, which the reader also uses to tell which amount a share is of). The
 * growth-rate and exactness tests are audit policy and live in rules/policy.drl.
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

    /**
     * Whether the stated share can come from the printed part and whole by rounding alone. An
     * amount printed without decimals beside one printed with them is a round figure ("预算为1万元，
     * 决算为0.53万元") and is taken as exact to the other's precision.
     */
    public static boolean pctConsistent(double stated, int sd, double part, int pd, double whole, int wd) {
        if (pd == 0 && wd > 0) {
            pd = wd;
        } else if (wd == 0 && pd > 0) {
            wd = pd;
        }
        double p = pct(part, whole);
        if (sd >= 2 && Double.isFinite(p) && Math.abs(stated - p) <= Math.pow(10, -sd) + 1e-9) {
            // Within one unit of the last of two printed decimals: a tail (shares forced to sum
            // to 100%, a rate truncated). A whole percent off by one is not a tail.
            return true;
        }
        double lo = (part - half(pd)) / (whole + half(wd)) * 100;
        double hi = (part + half(pd)) / Math.max(whole - half(wd), 1e-12) * 100;
        return stated + half(sd) + 1e-9 >= Math.min(lo, hi) && stated - half(sd) - 1e-9 <= Math.max(lo, hi);
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
