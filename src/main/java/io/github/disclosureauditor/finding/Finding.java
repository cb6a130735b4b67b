package io.github.disclosureauditor.finding;

import java.util.List;

/**
 * One audit finding. {@code magnitude} is the discrepancy relative to the amounts involved
 * (0..1+), used for ranking; {@code rank} is 1-based after ranking (0 before).
 */
public record Finding(int rank, String ruleId, Category category, Severity severity, String title, String message,
                      String expected, String actual, List<Evidence> evidence, double magnitude) {
    public Finding {
        evidence = List.copyOf(evidence);
    }

    public int firstLine() {
        return evidence.isEmpty() ? Integer.MAX_VALUE : evidence.get(0).line();
    }

    public Finding withRank(int r) {
        return new Finding(r, ruleId, category, severity, title, message, expected, actual, evidence, magnitude);
    }
}
