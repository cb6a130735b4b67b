package io.github.disclosureauditor.model;

import java.util.List;

/**
 * One labelled run of a table line. Two-sided tables (收入 | 支出) give two rows per line,
 * distinguished by {@code side}. {@code values} are in 万元 in printed order; {@code columns}
 * names the column of each value (null when unknown) and {@code ambiguous} marks values whose
 * column could not be decided because empty cells vanished.
 */
public record Row(int index, int side, String label, String code, CodeKind codeKind, String secondaryCode,
                  List<Double> values, List<Integer> decimals, List<String> columns, List<Boolean> ambiguous,
                  int level, SourceSpan span) {
    public Row {
        values = List.copyOf(values);
        decimals = List.copyOf(decimals);
        columns = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(columns));
        ambiguous = List.copyOf(ambiguous);
    }

    public enum CodeKind { NONE, FUNCTION, ECONOMIC, GOV_ECONOMIC, UNIT, PROJECT }

    public boolean hasValues() {
        return !values.isEmpty();
    }

    public double first() {
        return values.isEmpty() ? 0 : values.get(0);
    }

    /** Value of the named column, or null if no value is assigned to it. */
    public Double value(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (column.equals(columns.get(i))) {
                return values.get(i);
            }
        }
        return null;
    }

    public boolean isAmbiguous(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (column.equals(columns.get(i))) {
                return ambiguous.get(i);
            }
        }
        return true;
    }

    public int decimalsOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (column.equals(columns.get(i))) {
                return decimals.get(i);
            }
        }
        return 2;
    }

    public boolean isTotal() {
        String l = label.replace(" ", "");
        return l.equals("合计") || l.endsWith("合计") || l.endsWith("总计") || l.equals("部门合计")
                || l.startsWith("年度资金总额");
    }

    public Row withColumns(List<String> newColumns, List<Boolean> newAmbiguous) {
        return new Row(index, side, label, code, codeKind, secondaryCode, values, decimals, newColumns,
                newAmbiguous, level, span);
    }
}
