package io.github.disclosureauditor.model;

/**
 * Which money a table or a figure covers. All-funds tables include non-fiscal money; 财政拨款
 * covers appropriations of all three budgets; 一般公共预算, 政府性基金 and 国有资本经营 one
 * budget each. Per function row: ALL ≥ FISCAL ≥ GENERAL.
 */
public enum FundScope {
    ALL("全部资金"),
    FISCAL("财政拨款"),
    GENERAL("一般公共预算"),
    GOV_FUND("政府性基金预算"),
    STATE_CAPITAL("国有资本经营预算"),
    UNKNOWN("口径不明");

    private final String label;

    FundScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether every figure of this scope is part of the same figure in {@code wider}. */
    public boolean within(FundScope wider) {
        if (this == wider || wider == ALL) {
            return this != UNKNOWN;
        }
        return wider == FISCAL && (this == GENERAL || this == GOV_FUND || this == STATE_CAPITAL);
    }
}
