package io.github.disclosureauditor.store;

/**
 * One kept audit as the history lists it: the document, when and with which rule-base version
 * it was audited, counts by severity and how many of its findings a reviewer has decided
 * (确认 or 误报). {@code createdAt} is an ISO-8601 instant.
 */
public record AuditSummary(long id, String docHash, String name, String unit, Integer year, String kind, String format,
                           long ruleBaseVersion, String createdAt, int high, int medium, int low, int info,
                           int findings, int reviewed) {
    public int serious() {
        return high + medium;
    }
}
