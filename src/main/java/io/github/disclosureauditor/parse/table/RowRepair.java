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
        Table repaired = withRows(t, rows);
        return repaired.withCheck(TableChecker.check(repaired));
    }

    /** The identity columns of one side, and the schema of their identities, for placing a row's figures. */
    private record SideSchema(List<Column> columns, ColumnSchemas.Schema schema) {
        static SideSchema of(int side, List<Column> columns, List<TableChecker.ColumnIdentity> ids) {
            // Only columns that take part in an identity: a figure is never moved into or out of a
            // "其中" or other column no identity covers, where it would silence a real mismatch.
            Set<Column> inIdentity = new HashSet<>();
            for (TableChecker.ColumnIdentity id : ids) {
                if (id.parent().side() == side) {
                    inIdentity.add(id.parent());
                    inIdentity.addAll(id.parts());
                }
            }
            List<Column> sideColumns = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Column c : columns) {
                if (inIdentity.contains(c)) {
                    sideColumns.add(c);
                    names.add(c.title());
                }
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
            return new SideSchema(sideColumns, new ColumnSchemas.Schema(names, identities));
        }

        boolean usable() {
            return !schema.identities().isEmpty();
        }

        /** The row's cells in identity columns, left to right. */
        List<Cell> cellsOf(Row r) {
            List<Cell> cells = new ArrayList<>(r.cells());
            cells.removeIf(c -> columns.stream().noneMatch(col -> col.index() == c.column()));
            cells.sort(Comparator.comparingInt(Cell::column));
            return cells;
        }

        /** The row with its identity cells moved to the given schema columns. */
        Row moved(Row r, List<Cell> cells, int[] to, boolean[] unsure) {
            List<Cell> placed = new ArrayList<>();
            for (Cell c : r.cells()) {
                if (!cells.contains(c)) {
                    placed.add(c);
                }
            }
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                placed.add(new Cell(columns.get(to[i]).index(), c.value(), c.decimals(), c.printed(), unsure[i],
                        c.line()));
            }
            placed.sort(Comparator.comparingInt(Cell::column));
            return new Row(r.index(), r.side(), r.label(), r.code(), r.codeKind(), r.level(), r.parent(), r.role(),
                    r.subject(), placed, r.span(), r.page());
        }
    }

    private static Row place(Row r, List<Column> columns, List<TableChecker.ColumnIdentity> ids) {
        SideSchema side = SideSchema.of(r.side(), columns, ids);
        List<Cell> cells = side.cellsOf(r);
        if (cells.size() < 2 || cells.size() > side.columns().size() || !side.usable()) {
            return null;
        }
        ColumnAligner.Placement p = ColumnAligner.place(side.schema(), values(cells), decimals(cells));
        if (!p.fits()) {
            return null;
        }
        return side.moved(r, cells, p.columns(), p.ambiguous());
    }

    /**
     * Settles rows whose figures fit their own identities in more than one way ("3.50 3.50" under
     * 合计/基本支出/项目支出) by the table's other identities: the placement under which fewest of
     * them fail is kept, and only when no other placement does as well. A row's only child
     * printing the same figures (类 → 款 → 项 of one item) moves with it.
     */
    static Table settle(Table t) {
        List<TableChecker.ColumnIdentity> ids = TableChecker.columnIdentities(t.columns());
        if (ids.isEmpty()) {
            return t;
        }
        List<Row> rows = new ArrayList<>(t.rows());
        Set<Integer> suspect = inFailingSums(t);
        boolean changed = false;
        for (int pass = 0; pass < 3; pass++) {
            boolean moved = false;
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                SideSchema side = SideSchema.of(r.side(), t.columns(), ids);
                List<Cell> cells = side.cellsOf(r);
                if (!side.usable() || cells.stream().noneMatch(Cell::uncertain) && !suspect.contains(i)) {
                    continue;
                }
                List<int[]> fits = ColumnAligner.fitting(side.schema(), values(cells), decimals(cells));
                if (fits.size() < 2 || fits.size() > 6) {
                    continue;
                }
                List<Integer> chain = chain(rows, i);
                boolean[] sure = new boolean[cells.size()];
                List<List<Row>> trials = new ArrayList<>();
                List<java.util.Map<String, Boolean>> outcomes = new ArrayList<>();
                for (int[] fit : fits) {
                    List<Row> trial = new ArrayList<>(rows);
                    for (int k : chain) {
                        Row c = rows.get(k);
                        trial.set(k, side.moved(c, side.cellsOf(c), fit, sure));
                    }
                    trials.add(trial);
                    outcomes.add(sums(trial, chain, side.columns()));
                }
                // Placements are compared on the identities every one of them checks: a placement
                // that leaves a column without figures checks less, which is no merit.
                Set<String> common = new HashSet<>(outcomes.get(0).keySet());
                for (java.util.Map<String, Boolean> o : outcomes) {
                    common.retainAll(o.keySet());
                }
                int best = Integer.MAX_VALUE;
                int ties = 0;
                int bestIndex = -1;
                for (int k = 0; k < outcomes.size(); k++) {
                    int f = 0;
                    for (String key : common) {
                        if (!outcomes.get(k).get(key)) {
                            f++;
                        }
                    }
                    if (f < best) {
                        best = f;
                        ties = 1;
                        bestIndex = k;
                    } else if (f == best) {
                        ties++;
                    }
                }
                if (ties == 1) {
                    rows = trials.get(bestIndex);
                    moved = true;
                    changed = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        if (!changed) {
            return t;
        }
        Table settled = withRows(t, rows);
        return settled.withCheck(TableChecker.check(settled));
    }

    /**
     * Rows in a column sum that fails (a total or 类/款/项 parent and its parts): a row placed by
     * position alone whose figures also fit other columns ("1,707.93 1,707.93" under 合计, 基本,
     * 项目 on a page pdftotext set further left) is settled like one the reader was unsure of.
     */
    private static Set<Integer> inFailingSums(Table t) {
        Set<Integer> parents = new HashSet<>();
        for (Identity i : t.check().identities()) {
            if ((i.kind() == Identity.Kind.CODE_HIERARCHY || i.kind() == Identity.Kind.COLUMN_TOTAL) && !i.holds()) {
                parents.add(i.row());
            }
        }
        Set<Integer> out = new HashSet<>(parents);
        for (Row r : t.rows()) {
            if (parents.contains(r.parent())) {
                out.add(r.index());
            }
        }
        return out;
    }

    /**
     * The sums a placement of the chain's figures affects, each holding or not: its head's
     * parent against its parts, and each chain row against its own parts, column by column
     * (only the identities these rows take part in; the rest of the table is the same in every
     * placement). A sum with no part printed in a column is not checked there.
     */
    private static java.util.Map<String, Boolean> sums(List<Row> rows, List<Integer> chain, List<Column> columns) {
        java.util.Map<String, Boolean> out = new java.util.HashMap<>();
        List<Integer> parents = new ArrayList<>(chain);
        int head = rows.get(chain.get(0)).parent();
        if (head >= 0) {
            parents.add(head);
        }
        for (int p : parents) {
            Row parent = rows.get(p);
            List<Row> kids = new ArrayList<>();
            for (Row r : rows) {
                if (r.parent() == p && r.role() != io.github.disclosureauditor.model.RowRole.OF_WHICH) {
                    kids.add(r);
                }
            }
            if (kids.size() < (parent.level() == 0 ? 1 : 2) && !(kids.size() == 1 && chain.contains(kids.get(0).index()))) {
                continue;
            }
            for (Column c : columns) {
                double sum = 0;
                int parts = 0;
                int decimals = 0;
                for (Row k : kids) {
                    Cell cell = k.cell(c.index());
                    if (cell != null) {
                        sum += cell.value();
                        parts++;
                        decimals = Math.max(decimals, cell.decimals());
                    }
                }
                Cell stated = parent.cell(c.index());
                if (parts == 0 && stated == null) {
                    continue;
                }
                double value = stated == null ? 0 : stated.value();
                decimals = Math.max(decimals, stated == null ? 0 : stated.decimals());
                double tolerance = Math.max(1, parts) * Math.pow(10, -decimals) + 1e-9;
                out.put(p + "|" + c.index(), Math.abs(value - sum) <= tolerance);
            }
        }
        return out;
    }

    /** The row and its descendants that print exactly its figures, each the only child of the one before. */
    private static List<Integer> chain(List<Row> rows, int i) {
        List<Integer> out = new ArrayList<>(List.of(i));
        int last = i;
        for (int j = i + 1; j < rows.size(); j++) {
            Row c = rows.get(j);
            if (c.parent() != last || !sameFigures(rows.get(i), c)) {
                break;
            }
            boolean onlyChild = true;
            for (int k = j + 1; k < rows.size(); k++) {
                if (rows.get(k).parent() == last) {
                    onlyChild = false;
                    break;
                }
            }
            if (!onlyChild) {
                break;
            }
            out.add(j);
            last = j;
        }
        return out;
    }

    private static boolean sameFigures(Row a, Row b) {
        if (a.cells().size() != b.cells().size()) {
            return false;
        }
        for (int k = 0; k < a.cells().size(); k++) {
            Cell x = a.cells().get(k);
            Cell y = b.cells().get(k);
            if (x.column() != y.column() || x.value() != y.value() || x.uncertain() != y.uncertain()) {
                return false;
            }
        }
        return true;
    }

    private static int failures(io.github.disclosureauditor.model.TableCheck check) {
        int n = 0;
        for (Identity i : check.identities()) {
            if (!i.holds()) {
                n++;
            }
        }
        return n;
    }

    private static Table withRows(Table t, List<Row> rows) {
        return new Table(t.id(), t.family(), t.title(), t.number(), t.unit(), t.unitScale(), t.scope(),
                t.columns(), rows, t.headerLines(), t.span(), t.page(), t.reading(), t.check());
    }

    private static double[] values(List<Cell> cells) {
        double[] v = new double[cells.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = cells.get(i).value();
        }
        return v;
    }

    private static int[] decimals(List<Cell> cells) {
        int[] d = new int[cells.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = cells.get(i).decimals();
        }
        return d;
    }
}
