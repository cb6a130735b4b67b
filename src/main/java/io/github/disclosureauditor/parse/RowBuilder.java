package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.SourceSpan;
import io.github.disclosureauditor.model.TableFamily;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns raw segments into rows: scales to 万元, assigns hierarchy levels and columns. */
final class RowBuilder {
    private static final Set<String> ECON_CLASSES = Set.of("工资福利支出", "商品和服务支出", "对个人和家庭的补助",
            "对个人和家庭的补助支出", "资本性支出", "对企业补助", "债务利息及费用支出", "其他支出");

    private RowBuilder() {
    }

    static List<Row> build(TableFamily family, String header, List<TableReader.RawRow> raw, boolean tabular,
                           double scale, int extraDecimals, TableReader.ProblemLog problems) {
        ColumnSchemas.Schema schema = schema(family, header, raw, tabular);
        int firstValueCell = firstValueCell(raw);
        LayoutColumns layout = schema == null || tabular ? null : LayoutColumns.of(raw, schema.size());
        List<Row> rows = new ArrayList<>();
        for (TableReader.RawRow r : raw) {
            Segment s = r.segment();
            if (family == TableFamily.PROCUREMENT && s.values.size() > 1) {
                // 政府采购表 prints quantity before amount; only the last number is money.
                String last = s.values.get(s.values.size() - 1);
                int cell = s.cells.get(s.cells.size() - 1);
                s.values.clear();
                s.cells.clear();
                s.values.add(last);
                s.cells.add(cell);
            }
            int k = s.values.size();
            List<Double> values = new ArrayList<>(k);
            List<Integer> decimals = new ArrayList<>(k);
            double[] v = new double[k];
            int[] d = new int[k];
            for (int i = 0; i < k; i++) {
                v[i] = Amounts.value(s.values.get(i));
                d[i] = Amounts.decimals(s.values.get(i));
                values.add(v[i] * scale);
                decimals.add(d[i] + extraDecimals);
            }
            List<String> columns = new ArrayList<>(k);
            List<Boolean> ambiguous = new ArrayList<>(k);
            place(schema, tabular, layout, firstValueCell, s, v, d, columns, ambiguous, r.line(), problems);
            String label = s.labelText();
            rows.add(new Row(rows.size(), r.side(), label, s.code, s.codeKind, s.secondaryCode, values, decimals,
                    columns, ambiguous, level(s, label), new SourceSpan(r.line(), r.endLine())));
        }
        return rows;
    }

    static List<String> lastSchema(TableFamily family, String header, List<TableReader.RawRow> raw, boolean tabular) {
        ColumnSchemas.Schema schema = schema(family, header, raw, tabular);
        return schema == null ? List.of() : schema.columns();
    }

    private static ColumnSchemas.Schema schema(TableFamily family, String header, List<TableReader.RawRow> raw,
                                               boolean tabular) {
        int widest = 0;
        boolean sided = raw.stream().anyMatch(r -> r.side() > 0 && !r.segment().values.isEmpty());
        if (sided) {
            return null;
        }
        if (tabular) {
            int first = firstValueCell(raw);
            int last = first;
            for (TableReader.RawRow r : raw) {
                for (int c : r.segment().cells) {
                    last = Math.max(last, c);
                }
            }
            widest = raw.stream().anyMatch(r -> !r.segment().values.isEmpty()) ? last - first + 1 : 0;
        } else {
            for (TableReader.RawRow r : raw) {
                widest = Math.max(widest, r.segment().values.size());
            }
        }
        return widest == 0 ? null : ColumnSchemas.choose(family, header, widest);
    }

    private static int firstValueCell(List<TableReader.RawRow> raw) {
        int first = Integer.MAX_VALUE;
        for (TableReader.RawRow r : raw) {
            for (int c : r.segment().cells) {
                if (c >= 0) {
                    first = Math.min(first, c);
                }
            }
        }
        return first == Integer.MAX_VALUE ? 0 : first;
    }

    private static void place(ColumnSchemas.Schema schema, boolean tabular, LayoutColumns layout, int firstValueCell,
                              Segment s,
                              double[] v, int[] d, List<String> columns, List<Boolean> ambiguous, int line,
                              TableReader.ProblemLog problems) {
        int k = v.length;
        if (schema == null || k == 0) {
            for (int i = 0; i < k; i++) {
                columns.add(i == 0 ? "合计" : null);
                ambiguous.add(i != 0 && !tabular);
            }
            return;
        }
        if (tabular) {
            for (int i = 0; i < k; i++) {
                int pos = s.cells.get(i) - firstValueCell;
                boolean known = pos >= 0 && pos < schema.size();
                columns.add(known ? schema.columns().get(pos) : null);
                ambiguous.add(!known);
            }
            return;
        }
        if (layout != null) {
            for (int i = 0; i < k; i++) {
                int band = layout.band(s, i);
                columns.add(band >= 0 ? schema.columns().get(band) : null);
                ambiguous.add(band < 0);
            }
            return;
        }
        ColumnAligner.Placement p = ColumnAligner.place(schema, v, d);
        boolean anyAmbiguous = false;
        for (int i = 0; i < k; i++) {
            int c = p.columns()[i];
            columns.add(c >= 0 ? schema.columns().get(c) : null);
            ambiguous.add(p.ambiguous()[i]);
            anyAmbiguous |= p.ambiguous()[i];
        }
        if (!p.fits() && k < schema.size()) {
            problems.add(line, "AMBIGUOUS_COLUMNS", "第" + line + "行的数值无法按表头列对齐（空单元格丢失），仅第一列视为合计");
        } else if (anyAmbiguous) {
            problems.add(line, "AMBIGUOUS_COLUMNS", "第" + line + "行部分数值可对应多个列，已标记为不确定");
        }
    }

    private static int level(Segment s, String label) {
        if (s.codeKind == Row.CodeKind.FUNCTION || s.codeKind == Row.CodeKind.ECONOMIC) {
            return Codes.level(s.code, s.codeKind);
        }
        if (s.codeKind == Row.CodeKind.UNIT) {
            return 0;
        }
        if (ECON_CLASSES.contains(label)) {
            return 1;
        }
        return 2;
    }
}
