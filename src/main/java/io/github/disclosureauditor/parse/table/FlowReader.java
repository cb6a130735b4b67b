package io.github.disclosureauditor.parse.table;

import io.github.disclosureauditor.model.TableFamily;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table from text that kept no positions (PDF text copied with single spaces): a row's
 * numbers are in order but its empty cells are gone. Columns come from the family's standard
 * layout chosen by the header words; a row with every column printed is placed directly, a
 * shorter one by trying every order-keeping placement against the layout's identities
 * (合计 = 基本 + 项目 …). A value whose column differs between fitting placements is uncertain.
 */
final class FlowReader {
    private final TableFamily family;

    FlowReader(TableFamily family) {
        this.family = family;
    }

    GridReader.Grid read(List<RegionLine> region) {
        List<String> header = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        Draft last = null;
        boolean data = false;
        for (RegionLine r : region) {
            if (r.kind() == RegionLine.Kind.HEADER) {
                header.add(r.runs().text());
                continue;
            }
            if (r.kind() != RegionLine.Kind.DATA && r.kind() != RegionLine.Kind.TEXT) {
                continue;
            }
            data = true;
            List<Draft> lineRows = rowsOf(r);
            if (lineRows.isEmpty()) {
                continue;
            }
            boolean textOnly = lineRows.stream().noneMatch(d -> d.hasValues() || !d.codeParts.isEmpty());
            if (textOnly && !family.twoSided() && last != null && last.hasValues() && lineRows.size() == 1
                    && !startsRow(lineRows.get(0).labelText())) {
                last.appendLabel(lineRows.get(0).labelText(), r.index(), 0);
                continue;
            }
            if (textOnly && !family.twoSided() && lineRows.size() == 1 && !startsRow(lineRows.get(0).labelText())) {
                // A wrapped label printed before its numbers: held for the next row.
                pending.add(lineRows.get(0));
                continue;
            }
            for (Draft d : lineRows) {
                if (!pending.isEmpty() && d.side == 0 && (d.hasValues() || !d.codeParts.isEmpty())) {
                    StringBuilder sb = new StringBuilder();
                    int first = d.firstLine;
                    for (Draft p : pending) {
                        sb.append(p.labelText());
                        first = Math.min(first, p.firstLine);
                    }
                    d.prependLabel(sb.toString(), first, 0);
                    pending.clear();
                }
                drafts.add(d);
                last = d;
            }
        }
        drafts.addAll(pending);
        pending.clear();
        String headerText = String.join(" ", header);
        int widest = 0;
        for (Draft d : drafts) {
            if (d.side == 0) {
                widest = Math.max(widest, d.values.size());
            }
        }
        ColumnSchemas.Schema schema = family.twoSided() ? null : ColumnSchemas.choose(family, headerText, widest);
        List<GridReader.ColumnSpec> columns = new ArrayList<>();
        int sides = family.twoSided() ? 2 : 1;
        if (schema != null) {
            for (String name : schema.columns()) {
                columns.add(spec(0, name, columns.size()));
            }
        } else {
            for (int side = 0; side < sides; side++) {
                int w = 0;
                for (Draft d : drafts) {
                    if (d.side == side) {
                        w = Math.max(w, d.values.size());
                    }
                }
                for (int c = 0; c < Math.max(1, w); c++) {
                    columns.add(spec(side, c == 0 ? "金额" : "", columns.size()));
                }
            }
        }
        for (Draft d : drafts) {
            place(d, schema, columns);
        }
        return new GridReader.Grid(columns, drafts, header);
    }

    private final List<Draft> pending = new ArrayList<>();

    private static GridReader.ColumnSpec spec(int side, String name, int index) {
        HeaderModel.Leaf leaf = new HeaderModel.Leaf(index, index + 1);
        if (!name.isEmpty()) {
            String[] parts = name.split(":", 2);
            if (parts.length == 2) {
                leaf.groups.add(parts[0]);
                leaf.parts.add(parts[1]);
            } else {
                leaf.parts.add(name);
            }
        }
        return new GridReader.ColumnSpec(side, index, index + 1, name.isEmpty() ? null : leaf, index);
    }

    private static boolean startsRow(String label) {
        return label.matches("^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.．、](?!\\d)|其中).*");
    }

    /** The rows of one line: code, label, values; a label after values starts the right half. */
    private List<Draft> rowsOf(RegionLine r) {
        List<Draft> out = new ArrayList<>();
        Draft cur = null;
        List<Tok> toks = r.runs().toks();
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (cur == null || (t.isText() && cur.hasValues() && family.twoSided())) {
                cur = new Draft(out.size(), r.index(), r.page());
                out.add(cur);
            }
            if (t.isText()) {
                if (!cur.hasValues()) {
                    cur.appendLabel(t.text(), r.index(), t.x0());
                }
                continue;
            }
            if (cur.label.length() == 0 && !cur.hasValues() && t.codeLike() && textFollows(toks, i)) {
                cur.codeParts.add(t.text());
                continue;
            }
            cur.values.add(t);
            cur.columns.add(-1);
            cur.uncertain.add(true);
            cur.valueLines.add(r.index());
        }
        return out;
    }

    private static boolean textFollows(List<Tok> toks, int i) {
        for (int k = i + 1; k < toks.size(); k++) {
            if (toks.get(k).isText()) {
                return true;
            }
            if (!toks.get(k).codeLike()) {
                return false;
            }
        }
        return false;
    }

    private static void place(Draft d, ColumnSchemas.Schema schema, List<GridReader.ColumnSpec> columns) {
        int k = d.values.size();
        int base = 0;
        for (GridReader.ColumnSpec c : columns) {
            if (c.side() < d.side) {
                base++;
            }
        }
        if (schema == null) {
            for (int i = 0; i < k; i++) {
                d.columns.set(i, base + i);
                // Without a layout only a row's first number is surely its first column.
                d.uncertain.set(i, i > 0);
            }
            return;
        }
        double[] v = new double[k];
        int[] dec = new int[k];
        for (int i = 0; i < k; i++) {
            v[i] = d.values.get(i).value();
            dec[i] = d.values.get(i).decimals();
        }
        ColumnAligner.Placement p = ColumnAligner.place(schema, v, dec);
        for (int i = 0; i < k; i++) {
            int c = p.columns()[i];
            d.columns.set(i, c);
            d.uncertain.set(i, c < 0 || p.ambiguous()[i]);
        }
    }
}
