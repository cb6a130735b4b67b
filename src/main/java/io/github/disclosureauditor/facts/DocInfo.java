package io.github.disclosureauditor.facts;

import java.util.Set;

/**
 * Document-level facts. {@code singleFund} is true when all money is current-year 一般公共预算
 * (no carry-over, no other source), so totals in different scopes must agree. {@code template}
 * is the publication template the document follows (Template enum name).
 */
public record DocInfo(String unit, Integer year, String kind, boolean singleFund, Set<String> families,
                      int tableCount, String template, String level) {
    public DocInfo {
        families = Set.copyOf(families);
    }

    public boolean isBudget() {
        return "BUDGET".equals(kind);
    }

    public boolean isFinal() {
        return "FINAL_ACCOUNT".equals(kind);
    }

    public boolean has(String family) {
        return families.contains(family);
    }
}
