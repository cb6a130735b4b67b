package io.github.disclosureauditor.model;

import java.util.List;

/**
 * An arithmetic identity read off one table: {@code stated} (a figure as printed) against
 * {@code computed} (what its parts add up to). Tolerance follows the rounding policy: one unit
 * of the last printed digit per summand. {@code uncertain} when a value's column was guessed.
 */
public record Identity(Kind kind, int row, int column, String label, String columnName, double stated,
                       double computed, int parts, int decimals, int line, List<Integer> partLines,
                       boolean uncertain, String description) {
    /** Which identity: a total row, a 类/款/项 parent, a row across its columns, a balance. */
    public enum Kind { COLUMN_TOTAL, CODE_HIERARCHY, ROW_IDENTITY, BALANCE }

    public Identity {
        partLines = List.copyOf(partLines);
    }

    public double diff() {
        return Math.abs(stated - computed);
    }

    public double tolerance() {
        return Math.max(1, parts) * Math.pow(10, -decimals) + 1e-9;
    }

    public boolean holds() {
        return diff() <= tolerance();
    }

    public boolean exact() {
        return diff() < Math.pow(10, -decimals) / 2;
    }
}
