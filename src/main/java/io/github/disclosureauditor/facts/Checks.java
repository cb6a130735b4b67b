package io.github.disclosureauditor.facts;

import java.util.Locale;

/**
 * Arithmetic helpers for rules. Every printed number stands for an interval of half a unit of
 * its last digit either side; a stated figure is consistent when its interval meets the interval
 * of what the other printed figures can produce. That is the rounding policy in one place.
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

    /** Whether stated (printed with {@code sd} decimals) is part/whole rounded to {@code sd}. */
    public static boolean pctExact(double stated, int sd, double part, double whole) {
        double p = pct(part, whole);
        return Double.isFinite(p) && Math.abs(round(p, sd) - stated) < half(sd) / 10;
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

    /** The growth rate implied by a current amount and its change: delta / (current ∓ delta). */
    public static double growth(double current, double delta, boolean increase) {
        double prior = increase ? current - delta : current + delta;
        return prior <= 0 ? Double.NaN : delta / prior * 100;
    }

    public static boolean growthExact(double stated, int sd, double current, double delta, boolean increase) {
        double g = growth(current, delta, increase);
        return Double.isFinite(g) && Math.abs(round(g, sd) - stated) < half(sd) / 10;
    }

    public static boolean growthConsistent(double stated, int sd, double current, int cd, double delta, int dd,
                                           boolean increase) {
        if (cd == 0 && dd > 0) {
            cd = dd;
        } else if (dd == 0 && cd > 0) {
            dd = cd;
        }
        double implied = growth(current, delta, increase);
        if (sd >= 2 && Double.isFinite(implied) && Math.abs(stated - implied) <= Math.pow(10, -sd) + 1e-9) {
            return true;
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int a = -1; a <= 1; a += 2) {
            for (int b = -1; b <= 1; b += 2) {
                double g = growth(current + a * half(cd), delta + b * half(dd), increase);
                if (Double.isFinite(g)) {
                    lo = Math.min(lo, g);
                    hi = Math.max(hi, g);
                }
            }
        }
        return lo <= hi && stated + half(sd) + 1e-9 >= lo && stated - half(sd) - 1e-9 <= hi;
    }

    public static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
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
