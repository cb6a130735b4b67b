package io.github.disclosureauditor.finding;

/** Finding severity, most severe first. */
public enum Severity {
    HIGH, MEDIUM, LOW, INFO;

    /** The less severe of two severities. */
    public static Severity milder(Severity a, Severity b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    public static Severity parse(String s) {
        return s == null ? null : valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
