package io.github.disclosureauditor.model;

/**
 * The year and basis a figure is stated on. A budget's own figures are CURRENT; a final
 * account's 决算数 is CURRENT and its 预算数 (年初预算) BUDGET, 全年预算 ADJUSTED; PRIOR is the
 * previous year's figure of the same kind (上年预算 in a budget, 上年决算 in a final account),
 * PRIOR_EXECUTED a budget's 上年预算执行数; CHANGE and RATE are printed differences.
 */
public enum Basis {
    CURRENT("本年"),
    BUDGET("年初预算"),
    ADJUSTED("全年预算"),
    PRIOR("上年"),
    PRIOR_BUDGET("上年预算"),
    PRIOR_EXECUTED("上年预算执行数"),
    PRIOR_FINAL("上年决算"),
    CHANGE("增减额"),
    RATE("增减率"),
    UNKNOWN("不明");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPrior() {
        return this == PRIOR || this == PRIOR_BUDGET || this == PRIOR_EXECUTED || this == PRIOR_FINAL;
    }
}
