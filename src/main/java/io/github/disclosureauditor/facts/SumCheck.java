package io.github.disclosureauditor.facts;

import java.util.List;

/**
 * An arithmetic identity read off a table: {@code stated} (a total as printed) against
 * {@code computed} (the sum of {@code parts} printed values). Kinds: COLUMN_TOTAL (total row vs
 * its rows), CODE_HIERARCHY (类 vs its 款, 款 vs its 项), ROW_IDENTITY (合计 = 基本 + 项目 ...),
 * BALANCE (收支总表 totals). Rules decide what a difference means.
 */
public record SumCheck(String kind, int tableId, String family, String tableTitle, String label, String column,
                       double stated, double computed, int parts, int decimals, int line, List<Integer> partLines,
                       boolean ambiguous, String description) {
    public SumCheck {
        partLines = List.copyOf(partLines);
    }

    public double diff() {
        return Math.abs(stated - computed);
    }

    public double relative() {
        return diff() / Math.max(Math.abs(stated), Math.max(Math.abs(computed), 1e-9));
    }
}
