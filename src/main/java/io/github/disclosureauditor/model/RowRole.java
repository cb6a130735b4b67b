package io.github.disclosureauditor.model;

/**
 * What a row is within its table. Summary (收支总表-style) tables name their balance rows:
 * 本年收入/支出合计, 上年结转, 年末结转, 使用非财政拨款结余, 结余分配, 收入/支出总计.
 */
public enum RowRole {
    TOTAL, DETAIL, HEADING, OF_WHICH, UNIT,
    INCOME_CURRENT, EXPENSE_CURRENT, CARRY_IN, CARRY_OUT, NONFISCAL_BALANCE, BALANCE_DISTRIBUTION,
    INCOME_TOTAL, EXPENSE_TOTAL, GRAND_TOTAL
}
