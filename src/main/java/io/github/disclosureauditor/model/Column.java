package io.github.disclosureauditor.model;

/**
 * A value column of a table, named from its header cells. {@code header} is the column's own
 * header text (wrapped lines joined), {@code group} the spanning header above it (收入预算,
 * 2024年预算数 …), {@code side} 0 or 1 for the two halves of a 收 | 支 table. {@code year} is
 * the year the header names, or null.
 */
public record Column(int index, int side, String header, String group, ColumnMeaning meaning, Basis basis,
                     Integer year) {
    public Column {
        header = header == null ? "" : header;
        group = group == null ? "" : group;
    }

    /** Header text with its group, for display. */
    public String title() {
        return group.isEmpty() ? header : header.isEmpty() ? group : group + "/" + header;
    }
}
