package io.github.disclosureauditor.facts;

import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.Table;
import io.github.disclosureauditor.model.TableFamily;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds the arithmetic identities of every table as {@link SumCheck} facts. */
final class SumChecks {
    private static final int MAX_PART_LINES = 40;

    private SumChecks() {
    }

    static List<SumCheck> of(Table t) {
        List<SumCheck> out = new ArrayList<>();
        if (t.family() == TableFamily.PERF_SELF_EVAL || t.family() == TableFamily.PERF_TARGET) {
            return out;
        }
        if (t.family() == TableFamily.INCOME_EXPENSE_SUMMARY || t.family() == TableFamily.FISCAL_SUMMARY) {
            out.addAll(Balances.of(t));
            return out;
        }
        if (!RowRoles.sided(t)) {
            columnTotals(t, out);
        }
        codeHierarchy(t, out);
        rowIdentities(t, out);
        return out;
    }

    private static List<String> columns(Table t) {
        return t.schema().isEmpty() ? List.of("合计") : t.schema();
    }

    private static void columnTotals(Table t, List<SumCheck> out) {
        Row total = RowRoles.total(t);
        if (total == null) {
            return;
        }
        List<Row> parts = RowRoles.parts(t, total);
        if (parts.isEmpty()) {
            return;
        }
        for (String col : columns(t)) {
            add(out, "COLUMN_TOTAL", t, total, parts, col, "合计行与各行之和");
        }
    }

    private static void codeHierarchy(Table t, List<SumCheck> out) {
        // Children by (kind, level, parent code prefix): a child's parent code is its code minus
        // the last two digits (项 → 款 → 类).
        java.util.Map<String, List<Row>> byParent = new java.util.HashMap<>();
        for (Row c : t.rows()) {
            if (c.hasValues() && coded(c) && c.level() > 1 && c.code().length() > 3) {
                String key = c.codeKind() + "|" + c.code().substring(0, c.code().length() - 2);
                byParent.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        for (Row parent : t.rows()) {
            if (!parent.hasValues() || !coded(parent)) {
                continue;
            }
            List<Row> children = new ArrayList<>();
            for (Row c : byParent.getOrDefault(parent.codeKind() + "|" + parent.code(), List.of())) {
                if (c != parent && c.level() == parent.level() + 1) {
                    children.add(c);
                }
            }
            if (children.isEmpty()) {
                continue;
            }
            for (String col : columns(t)) {
                add(out, "CODE_HIERARCHY", t, parent, children, col, "科目 " + parent.code() + " 与其下级科目之和");
            }
        }
    }

    private static boolean coded(Row r) {
        return r.codeKind() == Row.CodeKind.FUNCTION || r.codeKind() == Row.CodeKind.ECONOMIC;
    }

    private static void add(List<SumCheck> out, String kind, Table t, Row stated, List<Row> parts, String col,
                            String description) {
        boolean first = col.equals("合计");
        Double s = first ? Double.valueOf(stated.first()) : stated.value(col);
        if (s == null || (!first && stated.isAmbiguous(col))) {
            return;
        }
        double sum = 0;
        int decimals = first ? stated.decimals().get(0) : stated.decimalsOf(col);
        boolean ambiguous = false;
        boolean any = false;
        List<Integer> lines = new ArrayList<>();
        for (Row p : parts) {
            Double v = first ? Double.valueOf(p.first()) : p.value(col);
            if (!first && p.ambiguous().stream().anyMatch(a -> a)) {
                // The column of this part's numbers is a guess; a sum over guesses is noise.
                return;
            }
            if (v != null) {
                sum += v;
                any = true;
                decimals = Math.max(decimals, first ? p.decimals().get(0) : p.decimalsOf(col));
            }
            if (lines.size() < MAX_PART_LINES) {
                lines.add(p.span().line());
            }
        }
        if (!any && s == 0) {
            return;
        }
        out.add(new SumCheck(kind, t.id(), t.family().name(), t.title(), stated.label(), col, s, sum, parts.size(),
                decimals, stated.span().line(), lines, ambiguous, description));
    }

    private static void rowIdentities(Table t, List<SumCheck> out) {
        List<String> schema = t.schema();
        if (schema.isEmpty()) {
            return;
        }
        for (Row r : t.rows()) {
            if (r.values().size() < 2) {
                continue;
            }
            for (int[] id : identities(schema)) {
                String parent = schema.get(id[0]);
                Double pv = r.value(parent);
                if (pv == null) {
                    continue;
                }
                double sum = 0;
                int decimals = r.decimalsOf(parent);
                boolean ambiguous = r.isAmbiguous(parent);
                StringBuilder names = new StringBuilder();
                int present = 0;
                for (int k = 1; k < id.length; k++) {
                    String child = schema.get(id[k]);
                    names.append(names.length() == 0 ? "" : "+").append(child);
                    Double cv = r.value(child);
                    if (cv != null) {
                        sum += cv;
                        present++;
                        decimals = Math.max(decimals, r.decimalsOf(child));
                        ambiguous |= r.isAmbiguous(child);
                    }
                }
                if (present == 0 && !t.tabular()) {
                    continue;
                }
                ambiguous |= r.columns().stream().anyMatch(Objects::isNull);
                out.add(new SumCheck("ROW_IDENTITY", t.id(), t.family().name(), t.title(), r.label(), parent, pv,
                        sum, id.length - 1, decimals, r.span().line(), List.of(), ambiguous,
                        parent + " = " + names));
            }
        }
    }

    /** Identities as {parent, child...} column indexes of the table's schema. */
    private static List<int[]> identities(List<String> schema) {
        return io.github.disclosureauditor.parse.ColumnSchemas.identitiesOf(schema);
    }
}
