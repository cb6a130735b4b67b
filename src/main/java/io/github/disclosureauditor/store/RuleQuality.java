package io.github.disclosureauditor.store;

/** How reviewers judged a rule's findings: confirmed, dismissed as false alarms, undecided. */
public record RuleQuality(String ruleId, int confirmed, int dismissed, int pending) {
    /** Share of decided findings that were real, or NaN when none was decided. */
    public double precision() {
        int decided = confirmed + dismissed;
        return decided == 0 ? Double.NaN : confirmed / (double) decided;
    }
}
