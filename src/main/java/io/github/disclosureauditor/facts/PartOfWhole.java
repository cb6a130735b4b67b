package io.github.disclosureauditor.facts;

import io.github.disclosureauditor.model.Cell;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.RowRole;
import io.github.disclosureauditor.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * A "其中" row's figure and the figure it is part of: the nearest row above it, on its side, that
 * is not itself a "其中" row and prints a figure in the same column ("年度资金申请总额 10,903,043 /
 * 其中：当年财政拨款 …"). {@code ambiguous} when either cell's column placement is unsure or the
 * table does not check out (misread).
 */
public record PartOfWhole(int tableId, String tableTitle, String family, String partLabel, double part,
                          int partDecimals, int partLine, String wholeLabel, double whole, int wholeDecimals,
                          int wholeLine, boolean ambiguous) {

    static List<PartOfWhole> of(Table t) {
        List<PartOfWhole> out = new ArrayList<>();
        List<Row> rows = t.rows();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.role() != RowRole.OF_WHICH) {
                continue;
            }
            for (Cell c : r.cells()) {
                Cell whole = null;
                Row wholeRow = null;
                for (int j = i - 1; j >= 0 && whole == null; j--) {
                    Row p = rows.get(j);
                    if (p.role() == RowRole.OF_WHICH || p.side() != r.side()) {
                        continue;
                    }
                    for (Cell pc : p.cells()) {
                        if (pc.column() == c.column()) {
                            whole = pc;
                            wholeRow = p;
                        }
                    }
                }
                if (whole != null) {
                    out.add(new PartOfWhole(t.id(), t.title(), t.family().name(), r.display(), c.value(), c.decimals(),
                            c.line(), wholeRow.display(), whole.value(), whole.decimals(), whole.line(),
                            c.uncertain() || whole.uncertain() || t.check().misread()));
                }
            }
        }
        return out;
    }
}
