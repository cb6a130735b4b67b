package io.github.disclosureauditor.model;

import java.util.List;

/**
 * A recognised table. {@code unit} is the unit printed for it (元, 千元, 万元, 亿元) and
 * {@code unitScale} converts it to 万元 (cell values are already converted). {@code scope} is
 * the money the table covers, {@code columns} its value columns named from the header,
 * {@code reading} how its cells were placed, {@code check} which of its identities hold.
 */
public record Table(int id, TableFamily family, String title, String number, String unit, double unitScale,
                    FundScope scope, List<Column> columns, List<Row> rows, List<String> headerLines,
                    SourceSpan span, int page, Reading reading, TableCheck check) {
    /**
     * How the cells were placed: by PDF glyph positions, by the character columns of laid-out
     * text (pdftotext -layout), by document cells, or by the order of numbers and identities.
     */
    public enum Reading { POSITIONS, TEXT_COLUMNS, CELLS, FLOW, NONE }

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        headerLines = List.copyOf(headerLines);
        check = check == null ? TableCheck.none() : check;
    }

    public int line() {
        return span.line();
    }

    public boolean hasNumbers() {
        return rows.stream().anyMatch(Row::hasValues);
    }

    public Column column(int index) {
        return index >= 0 && index < columns.size() ? columns.get(index) : null;
    }

    /** Index of the first column with this meaning on a side, or -1. */
    public int columnOf(ColumnMeaning meaning, int side) {
        for (Column c : columns) {
            if (c.meaning() == meaning && c.side() == side) {
                return c.index();
            }
        }
        return -1;
    }

    public boolean sided() {
        return columns.stream().anyMatch(c -> c.side() > 0);
    }

    public Table withCheck(TableCheck newCheck) {
        return new Table(id, family, title, number, unit, unitScale, scope, columns, rows, headerLines, span, page,
                reading, newCheck);
    }
}
