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
        boolean labelsFirst = !family.twoSided() && labelsFirst(region);
        for (RegionLine r : region) {
            if (r.kind() == RegionLine.Kind.HEADER) {
                header.add(r.runs().text());
                continue;
            }
            if (r.kind() != RegionLine.Kind.DATA && r.kind() != RegionLine.Kind.TEXT) {
                continue;
            }
            if (!data) {
                // The header is complete once the first row is reached.
                String heading = String.join("", header).replace(" ", "");
                rowNumbers = heading.contains("行次") || heading.contains("栏次");
            }
            data = true;
            if (open != null && !open.hasValues() && govCodeLine(r.runs().toks(), open.code())) {
                // "301 08 / 机关事业单位… / 505 01 / 工资福利支出 / 35.76 …": the government
                // classification of the row opened above, on its own line; its name follows.
                open.secondary = true;
                open.lastLine = r.index();
                continue;
            }
            List<Draft> lineRows = rowsOf(r);
            if (rowNumbers) {
                lineRows.forEach(FlowReader::dropRowNumbers);
            }
            if (lineRows.isEmpty()) {
                continue;
            }
            if (family.twoSided()) {
                drafts.addAll(lineRows);
                continue;
            }
            Draft d = lineRows.get(0);
            boolean codeOnly = !d.codeParts.isEmpty() && !d.hasValues();
            boolean textOnly = d.codeParts.isEmpty() && !d.hasValues();
            if (codeOnly) {
                // "208 05 05" or a unit code on its own line: a row whose name and figures follow.
                flush(drafts);
                open = d;
            } else if (textOnly) {
                if (open != null) {
                    if (!open.secondary) {
                        // The name of the second classification wraps on: it is not this row's name.
                        open.appendLabel(d.labelText(), r.index(), 0);
                    }
                    open.lastLine = r.index();
                } else if (last != null && last.hasValues() && !startsRow(d.labelText()) && !labelsFirst) {
                    last.appendLabel(d.labelText(), r.index(), 0);
                } else {
                    open = d;
                }
            } else if (open != null) {
                // Figures (and maybe the rest of a label) completing the row opened above. A
                // government economic code (505 02) beside a department one (302 39) is the same
                // row printed in both classifications.
                boolean secondary = !d.codeParts.isEmpty() && secondary(d.code(), open.code());
                if (secondary) {
                    d.codeParts.clear();
                    d.label.setLength(0);
                }
                if (d.codeParts.isEmpty()) {
                    open.appendLabel(d.labelText(), r.index(), 0);
                    open.values.addAll(d.values);
                    open.columns.addAll(d.columns);
                    open.uncertain.addAll(d.uncertain);
                    open.valueLines.addAll(d.valueLines);
                    open.lastLine = Math.max(open.lastLine, r.index());
                    drafts.add(open);
                    last = open;
                    open = null;
                } else {
                    if (open.codeParts.isEmpty()) {
                        d.prependLabel(open.labelText(), open.firstLine, 0);
                        open = null;
                    } else {
                        flush(drafts);
                    }
                    drafts.add(d);
                    last = d;
                }
            } else {
                drafts.add(d);
                last = d;
            }
        }
        flush(drafts);

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

    private boolean rowNumbers;

    private static boolean isRowNumber(Tok t) {
        return t.kind() == Tok.Kind.NUMBER && t.decimals() == 0 && t.value() >= 0 && t.value() <= 200
                && t.text().length() <= 3;
    }

    private static String nextText(List<Tok> toks, int i) {
        for (int k = i; k < toks.size(); k++) {
            if (toks.get(k).isText()) {
                return toks.get(k).text();
            }
        }
        return "";
    }

    /** A row opened by a code or a label whose figures have not come yet. */
    private Draft open;

    private void flush(List<Draft> drafts) {
        if (open != null) {
            drafts.add(open);
            open = null;
        }
    }

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

    private static final java.util.regex.Pattern STARTS_ROW =
            java.util.regex.Pattern.compile("^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.．、](?!\\d)|其中)");

    private static boolean startsRow(String label) {
        return STARTS_ROW.matcher(label).lookingAt();
    }

    /** The rows of one line: code, label, values; a label after values starts the right half. */
    private List<Draft> rowsOf(RegionLine r) {
        List<Draft> out = new ArrayList<>();
        Draft cur = null;
        List<Tok> toks = r.runs().toks();
        if (codeLine(toks)) {
            Draft d = new Draft(0, r.index(), r.page());
            for (Tok t : toks) {
                d.codeParts.add(t.text());
            }
            out.add(d);
            return out;
        }
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (rowNumbers && family.twoSided() && isRowNumber(t) && (cur == null || !cur.hasValues())) {
                // "10 十、节能环保支出 41": the 行次 of an empty left row, then the right row's.
                continue;
            }
            boolean next = cur != null && t.isText() && family.twoSided()
                    && (cur.hasValues() || startsNewLabel(cur.labelText(), t.text()));
            if (cur == null || next) {
                cur = new Draft(family.twoSided() ? sideOf(nextText(toks, i), out.size()) : 0, r.index(), r.page());
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
            if (cur.label.length() > 0 && !cur.hasValues() && t.codeLike() && secondary(t.text(), cur.code())
                    && (textFollows(toks, i) || codeTail(toks, i + 1))) {
                // "302 39 其他交通费用 505 02 商品和服务支出 33.10": skip the second classification.
                while (i + 1 < toks.size() && (toks.get(i + 1).isText()
                        || toks.get(i + 1).codeLike() && toks.get(i + 1).text().length() == 2)) {
                    i++;
                }
                cur.secondary = i + 1 >= toks.size();
                continue;
            }
            cur.values.add(t);
            cur.columns.add(-1);
            cur.uncertain.add(true);
            cur.valueLines.add(r.index());
        }
        if (family.twoSided() && out.size() == 2 && out.get(0).side == out.get(1).side) {
            // Two labels on one line are the two halves, whatever their words say.
            Draft right = out.get(1);
            Draft moved = new Draft(1, right.firstLine, right.page);
            moved.label.append(right.label);
            moved.values.addAll(right.values);
            moved.columns.addAll(right.columns);
            moved.uncertain.addAll(right.uncertain);
            moved.valueLines.addAll(right.valueLines);
            out.set(1, moved);
            if (out.get(0).side == 1) {
                Draft left = out.get(0);
                Draft l = new Draft(0, left.firstLine, left.page);
                l.label.append(left.label);
                l.values.addAll(left.values);
                l.columns.addAll(left.columns);
                l.uncertain.addAll(left.uncertain);
                l.valueLines.addAll(left.valueLines);
                out.set(0, l);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern ENUMERATED = java.util.regex.Pattern.compile(
            "^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])");
    private static final java.util.regex.Pattern INCOME_WORDS = java.util.regex.Pattern.compile(
            "收入|拨款$|上年结转|年初结转|一般公共预算$|政府性基金$|国有资本经营预算?$|财政专户|事业收入|资金$");
    private static final java.util.regex.Pattern EXPENSE_WORDS = java.util.regex.Pattern.compile(
            "支出|年终结转|年末结转|结余分配|结转下年");

    /**
     * Two labels side by side with no number between them ("（二）政府性基金预算拨款 （三）国防支出",
     * "收入合计 支出合计") are the two halves of one line, not one long label.
     */
    private static boolean startsNewLabel(String label, String tok) {
        if (label.isEmpty()) {
            return false;
        }
        if (ENUMERATED.matcher(tok).find()) {
            return true;
        }
        return tok.length() >= 2 && (label.endsWith("合计") || label.endsWith("总计") || label.endsWith("结余")
                || label.endsWith("结转") || label.endsWith("计:") || label.endsWith("计：")) && !tok.startsWith("合计");
    }

    /** Which half a label belongs to when positions are lost: by its words, else by its place. */
    private static int sideOf(String label, int index) {
        String l = label.replace(" ", "");
        if (EXPENSE_WORDS.matcher(l).find()) {
            return 1;
        }
        if (INCOME_WORDS.matcher(l).find()) {
            return 0;
        }
        return Math.min(index, 1);
    }

    /**
     * 行次 columns print small whole numbers beside the amounts; in a table that has them, amounts
     * carry decimals, so such numbers are row numbers.
     */
    private static void dropRowNumbers(Draft d) {
        for (int i = d.values.size() - 1; i >= 0; i--) {
            Tok t = d.values.get(i);
            if (isRowNumber(t)) {
                d.values.remove(i);
                d.columns.remove(i);
                d.uncertain.remove(i);
                d.valueLines.remove(i);
            }
        }
    }

    /** Whether the tokens from {@code from} on are only 2-digit code parts (or none). */
    private static boolean codeTail(List<Tok> toks, int from) {
        for (int k = from; k < toks.size(); k++) {
            if (!toks.get(k).codeLike() || toks.get(k).text().length() != 2) {
                return false;
            }
        }
        return true;
    }

    /** A government economic code (5xx, 5xxxx) printed beside a department economic one (3xx, 3xxxx). */
    static boolean secondary(String code, String primary) {
        return RowHierarchy.kindOf(code) == io.github.disclosureauditor.model.CodeKind.GOV_ECONOMIC
                && RowHierarchy.kindOf(primary) == io.github.disclosureauditor.model.CodeKind.ECONOMIC;
    }

    /**
     * Whether rows print their names on lines of their own above their figures ("其他运转类 工作经费"
     * / "义马市医疗保障局" / "42.29 42.29"): then most lines with figures hold nothing else, and a
     * name after a row's figures starts the next row instead of continuing the last one.
     */
    private static boolean labelsFirst(List<RegionLine> region) {
        int withValues = 0;
        int bare = 0;
        for (RegionLine r : region) {
            if (r.kind() != RegionLine.Kind.DATA) {
                continue;
            }
            List<Tok> toks = r.runs().toks();
            boolean values = false;
            boolean text = false;
            for (Tok t : toks) {
                if (t.isText()) {
                    text = true;
                } else if (!t.codeLike() || toks.size() > 1) {
                    values = true;
                }
            }
            if (values) {
                withValues++;
                if (!text) {
                    bare++;
                }
            }
        }
        return withValues >= 4 && bare * 10 >= withValues * 7;
    }

    /** "505 01" or "50501" alone on a line under a department economic code. */
    static boolean govCodeLine(List<Tok> toks, String primary) {
        if (toks.isEmpty() || toks.size() > 2 || !toks.stream().allMatch(Tok::codeLike)) {
            return false;
        }
        String code = toks.size() == 2 && toks.get(1).text().length() == 2 ? toks.get(0).text() + toks.get(1).text()
                : toks.get(0).text();
        return toks.size() == 1 || toks.get(1).text().length() == 2 ? secondary(code, primary) : false;
    }

    /** "208 05 05", "2080505" or a unit code "707002" alone on a line. */
    static boolean codeLine(List<Tok> toks) {
        if (toks.isEmpty() || toks.size() > 3) {
            return false;
        }
        for (Tok t : toks) {
            if (!t.codeLike()) {
                return false;
            }
        }
        String first = toks.get(0).text();
        if (toks.size() == 1) {
            // An amount never starts with 0: "052" alone is a unit's code.
            return first.length() >= 5 && (first.charAt(0) == '2' || first.charAt(0) == '3' || first.length() == 6)
                    || first.length() >= 3 && first.charAt(0) == '0';
        }
        if (first.length() != 3 || first.charAt(0) != '2' && first.charAt(0) != '3') {
            return false;
        }
        for (int i = 1; i < toks.size(); i++) {
            if (toks.get(i).text().length() != 2) {
                return false;
            }
        }
        return true;
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
