package io.github.disclosureauditor.model;

import java.util.List;

/**
 * A recognised table. {@code unitScale} converts printed amounts to 万元 (1 for 万元, 0.0001
 * for 元); row values are already converted. {@code schema} names the value columns when the
 * table matched a known layout, else it is empty.
 */
public record Table(int id, TableFamily family, String title, String number, String unit, double unitScale,
                    List<String> headerLines, List<String> schema, boolean tabular, List<Row> rows,
                    SourceSpan span) {
    public Table {
        headerLines = List.copyOf(headerLines);
        schema = List.copyOf(schema);
        rows = List.copyOf(rows);
    }

    public int line() {
        return span.line();
    }

    public boolean hasNumbers() {
        return rows.stream().anyMatch(Row::hasValues);
    }
}
