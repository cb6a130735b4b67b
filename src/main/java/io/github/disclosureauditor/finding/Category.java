package io.github.disclosureauditor.finding;

/** What kind of problem a finding reports. */
public enum Category {
    TOTAL_MISMATCH, CROSS_TABLE_MISMATCH, NARRATIVE_MISMATCH, PERCENT_MISMATCH, PERCENT_SUM, GROWTH_MISMATCH,
    THREE_PUBLIC, PERFORMANCE, COUNT_MISMATCH, COMPLETENESS, POLICY, ROUNDING, READING
}
