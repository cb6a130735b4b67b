package io.github.disclosureauditor.finding;

/** Finding severity, most severe first. */
public enum Severity {
    HIGH, MEDIUM, LOW, INFO;

    /** The less severe of two severities. */
    public static Severity milder(Severity a, Severity b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /**
     * Severity of an amount discrepancy beyond rounding: HIGH when it is 5% of the amount or 10
     * 万元, MEDIUM from 0.5% or 1 万元, LOW below.
     */
    public static Severity forAmount(double diff, double base) {
        double rel = diff / Math.max(Math.abs(base), 1e-9);
        if (rel >= 0.05 || diff >= 10) {
            return HIGH;
        }
        if (rel >= 0.005 || diff >= 1) {
            return MEDIUM;
        }
        return LOW;
    }

    /** Severity of a percentage discrepancy in points: HIGH from 5, MEDIUM from 0.5, else LOW. */
    public static Severity forPoints(double points) {
        double p = Math.abs(points);
        return p >= 5 ? HIGH : p >= 0.5 ? MEDIUM : LOW;
    }

    public static Severity parse(String s) {
        return s == null ? null : valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
