package io.github.disclosureauditor.model;

import java.util.List;

/**
 * One row of a table: its label, the classification code printed before it (类/款/项 joined
 * when printed over several columns), its hierarchy {@code level} (1 = 类 or a top-level item,
 * 0 = the table total) and {@code parent} (index of the row it is part of, -1 for none), its
 * {@code role}, the lexicon {@code subject} it names (FUNC:2080505, ECON:30217, 3P:RECEPTION …;
 * empty when none) and its printed values by column. Two-sided tables (收入 | 支出) give each
 * half its own rows, told apart by {@code side}. A column without a cell was printed blank.
 */
public record Row(int index, int side, String label, String code, CodeKind codeKind, int level, int parent,
                  RowRole role, String subject, List<Cell> cells, SourceSpan span, int page) {
    public Row {
        label = label == null ? "" : label;
        code = code == null ? "" : code;
        subject = subject == null ? "" : subject;
        cells = List.copyOf(cells);
    }

    public boolean hasValues() {
        return !cells.isEmpty();
    }

    /** The cell printed in a column, or null when blank. */
    public Cell cell(int column) {
        for (Cell c : cells) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }

    public boolean isTotal() {
        return role == RowRole.TOTAL || role == RowRole.GRAND_TOTAL || role == RowRole.INCOME_TOTAL
                || role == RowRole.EXPENSE_TOTAL;
    }

    /** Label with the code, for messages: "2080505 机关事业单位基本养老保险缴费支出". */
    public String display() {
        return code.isEmpty() ? label : label.isEmpty() ? code : code + " " + label;
    }

    public Row withParent(int newParent, int newLevel) {
        return new Row(index, side, label, code, codeKind, newLevel, newParent, role, subject, cells, span, page);
    }

    public Row withRole(RowRole newRole, String newSubject) {
        return new Row(index, side, label, code, codeKind, level, parent, newRole, newSubject, cells, span, page);
    }
}
