package io.github.disclosureauditor.parse.table;

import io.github.disclosureauditor.model.TableFamily;

import java.util.List;

/**
 * Standard value-column layouts of the table families, with the identities that hold between
 * their columns. They let the aligner place numbers whose empty neighbours vanished.
 */
final class ColumnSchemas {
    /** parent = sum of children, by column index. */
    record Identity(int parent, int[] children) {
    }

    record Schema(List<String> columns, List<Identity> identities) {
        int size() {
            return columns.size();
        }
    }

    static final Schema EXPENSE_3 = new Schema(List.of("合计", "基本支出", "项目支出"),
            List.of(new Identity(0, new int[]{1, 2})));
    static final Schema EXPENSE_6 = new Schema(
            List.of("合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"),
            List.of(new Identity(0, new int[]{1, 2, 3, 4, 5})));
    static final Schema EXPENSE_9 = new Schema(
            List.of("合计", "基本支出", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "资本性支出",
                    "项目支出", "其他运转类", "特定目标类"),
            List.of(new Identity(0, new int[]{1, 6}), new Identity(1, new int[]{2, 3, 4, 5}),
                    new Identity(6, new int[]{7, 8})));
    static final Schema BASIC_3 = new Schema(List.of("合计", "人员经费", "公用经费"),
            List.of(new Identity(0, new int[]{1, 2})));
    static final Schema THREE_PUBLIC_6 = new Schema(
            List.of("合计", "因公出国(境)费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行维护费", "公务接待费"),
            List.of(new Identity(0, new int[]{1, 2, 5}), new Identity(2, new int[]{3, 4})));
    static final Schema THREE_PUBLIC_12 = new Schema(
            List.of("预算:合计", "预算:因公出国(境)费", "预算:公务用车购置及运行费", "预算:公务用车购置费",
                    "预算:公务用车运行维护费", "预算:公务接待费", "决算:合计", "决算:因公出国(境)费",
                    "决算:公务用车购置及运行费", "决算:公务用车购置费", "决算:公务用车运行维护费", "决算:公务接待费"),
            List.of(new Identity(0, new int[]{1, 2, 5}), new Identity(2, new int[]{3, 4}),
                    new Identity(6, new int[]{7, 8, 11}), new Identity(8, new int[]{9, 10})));

    private static final List<Schema> ALL = List.of(EXPENSE_3, EXPENSE_6, EXPENSE_9, BASIC_3, THREE_PUBLIC_6,
            THREE_PUBLIC_12);

    private ColumnSchemas() {
    }

    /** The identities of the layout with these column names, as {parent, child...} indexes. */
    public static List<int[]> identitiesOf(List<String> columns) {
        for (Schema s : ALL) {
            if (s.columns().equals(columns)) {
                List<int[]> out = new java.util.ArrayList<>();
                for (Identity id : s.identities()) {
                    int[] a = new int[id.children().length + 1];
                    a[0] = id.parent();
                    System.arraycopy(id.children(), 0, a, 1, id.children().length);
                    out.add(a);
                }
                return out;
            }
        }
        return List.of();
    }

    /**
     * The schema for a table, chosen from the header words and the widest row; null when the
     * family has no standard layout or the numbers do not fit one.
     */
    static Schema choose(TableFamily family, String header, int widest) {
        String h = header.replace(" ", "");
        switch (family) {
            case EXPENSE, GPB_EXPENSE, FISCAL_EXPENSE, GOV_FUND, STATE_CAPITAL -> {
                if (h.contains("工资福利") || widest > 6) {
                    return widest <= 9 ? EXPENSE_9 : null;
                }
                if (h.contains("上缴上级") && widest > 3) {
                    return widest <= 6 ? EXPENSE_6 : null;
                }
                return widest <= 3 && (h.contains("基本支出") || h.isEmpty() || widest == 3) ? EXPENSE_3 : null;
            }
            case GPB_BASIC -> {
                return widest <= 3 && h.contains("人员经费") ? BASIC_3 : null;
            }
            case THREE_PUBLIC -> {
                if (h.contains("决算") && h.contains("预算") && widest <= 12) {
                    return THREE_PUBLIC_12;
                }
                return widest <= 6 && h.contains("因公出国") && h.indexOf("因公出国") < h.indexOf("接待")
                        && !h.contains("一般公共预算政府性基金") ? THREE_PUBLIC_6 : null;
            }
            default -> {
                return null;
            }
        }
    }
}
