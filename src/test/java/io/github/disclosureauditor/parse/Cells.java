package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.model.Cell;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.Table;

import java.util.List;

/** Views of a row's cells for assertions: values in printed order, their column names, uncertainty. */
final class Cells {
    private Cells() {
    }

    static List<Double> values(Row r) {
        return r.cells().stream().map(Cell::value).toList();
    }

    static List<String> columns(Table t, Row r) {
        return r.cells().stream().map(c -> t.column(c.column()).meaning().label()).toList();
    }

    static List<Boolean> uncertain(Row r) {
        return r.cells().stream().map(Cell::uncertain).toList();
    }

    static double first(Row r) {
        return r.cells().get(0).value();
    }
}
