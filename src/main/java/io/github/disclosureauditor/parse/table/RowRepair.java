package io.github.disclosureauditor.parse.table;

import io.github.disclosureauditor.model.Cell;
import io.github.disclosureauditor.model.Column;
import io.github.disclosureauditor.model.Identity;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Re-places the figures of rows whose columns do not add up. A row pushed sideways (a long
 * label, a page printed a little left) keeps its figures in order but lands them in the wrong
 * columns; published rows add up, so every order-keeping placement is tried against the table's
 * column identities (合计 = 基本 + 项目 …) and one that fits is kept. A row that fits no
 * placement is left as read: its mismatch may be real.
 */
final class RowRepair {
    private RowRepair() {
    }

    static Table repair(Table t) {
        Set<Integer> failing = new HashSet<>();
        for (Identity i : t.check().identities()) {
            if (i.kind() == Identity.Kind.ROW_IDENTITY && !i.holds() && !i.uncertain()) {
                failing.add(i.row());
            }
        }
        if (failing.isEmpty()) {
            return t;
        }
        List<TableChecker.ColumnIdentity> ids = TableChecker.columnIdentities(t.columns());
        List<Row> rows = new ArrayList<>(t.rows());
        boolean changed = false;
        for (int index : failing) {
            Row r = rows.get(index);
            Row fixed = place(r, t.columns(), ids);
            if (fixed != null) {
                rows.set(index, fixed);
                changed = true;
            }
        }
        if (!changed) {
            return t;
        }
        Table repaired = new Table(t.id(), t.family(), t.title(), t.number(), t.unit(), t.unitScale(), t.scope(),
                t.columns(), rows, t.headerLines(), t.span(), t.page(), t.reading(), t.check());
        return repaired.withCheck(TableChecker.check(repaired));
    }

    private static Row place(Row r, List<Column> columns, List<TableChecker.ColumnIdentity> ids) {
        // Only columns that take part in an identity: a figure is never moved into or out of a
        // "其中" or other column no identity covers, where it would silence a real mismatch.
        Set<Column> inIdentity = new HashSet<>();
        for (TableChecker.ColumnIdentity id : ids) {
            if (id.parent().side() == r.side()) {
                inIdentity.add(id.parent());
                inIdentity.addAll(id.parts());
            }
        }
        List<Column> sideColumns = new ArrayList<>();
        for (Column c : columns) {
            if (inIdentity.contains(c)) {
                sideColumns.add(c);
            }
        }
        List<Cell> cells = new ArrayList<>(r.cells());
        cells.removeIf(c -> !inIdentity.contains(columns.get(c.column())));
        cells.sort(Comparator.comparingInt(Cell::column));
        if (cells.size() < 2 || cells.size() > sideColumns.size()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (Column c : sideColumns) {
            names.add(c.title());
        }
        List<ColumnSchemas.Identity> identities = new ArrayList<>();
        for (TableChecker.ColumnIdentity id : ids) {
            int parent = sideColumns.indexOf(id.parent());
            if (parent < 0) {
                continue;
            }
            List<Integer> parts = new ArrayList<>();
            for (Column p : id.parts()) {
                int k = sideColumns.indexOf(p);
                if (k >= 0) {
                    parts.add(k);
                }
            }
            identities.add(new ColumnSchemas.Identity(parent, parts.stream().mapToInt(Integer::intValue).toArray()));
        }
        if (identities.isEmpty()) {
            return null;
        }
        double[] v = new double[cells.size()];
        int[] d = new int[cells.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = cells.get(i).value();
            d[i] = cells.get(i).decimals();
        }
        ColumnAligner.Placement p = ColumnAligner.place(new ColumnSchemas.Schema(names, identities), v, d);
        if (!p.fits()) {
            return null;
        }
        List<Cell> placed = new ArrayList<>();
        for (Cell c : r.cells()) {
            if (!cells.contains(c)) {
                placed.add(c);
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            placed.add(new Cell(sideColumns.get(p.columns()[i]).index(), c.value(), c.decimals(), c.printed(),
                    p.ambiguous()[i], c.line()));
        }
        placed.sort(Comparator.comparingInt(Cell::column));
        return new Row(r.index(), r.side(), r.label(), r.code(), r.codeKind(), r.level(), r.parent(), r.role(),
                r.subject(), placed, r.span(), r.page());
    }
}
