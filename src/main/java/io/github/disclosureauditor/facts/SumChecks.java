package io.github.disclosureauditor.facts;

import io.github.disclosureauditor.model.Identity;
import io.github.disclosureauditor.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The identities a table's reading checked, as facts for the arithmetic rules. A table judged
 * misread gives none: their failures say more about reading than about the document, and the
 * table is reported once as a reading problem (READ-001).
 */
final class SumChecks {
    private SumChecks() {
    }

    static List<SumCheck> of(Table t) {
        List<SumCheck> out = new ArrayList<>();
        if (t.check().misread()) {
            return out;
        }
        for (Identity i : t.check().identities()) {
            out.add(new SumCheck(i.kind().name(), t.id(), t.family().name(), t.title(), i.label(), i.columnName(),
                    i.stated(), i.computed(), i.parts(), i.decimals(), i.line(), i.partLines(),
                    i.uncertain(), i.description()));
        }
        return out;
    }
}
