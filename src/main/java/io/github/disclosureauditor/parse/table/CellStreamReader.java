package io.github.disclosureauditor.parse.table;

import io.github.disclosureauditor.ingest.TextNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an HTML table flattened to one cell per line ("合 计 |", "3 |", "1.71 |", "|" for an
 * empty cell), as web pages copied to text give it. Lines of bars alone ("||", "|||") end a
 * row; without them the rows are cut by the width of the header (the text cells before the
 * first row's label). A header row with fewer cells than the data is completed by the row
 * below it: the upper cell whose words the lower cells share spans them ("公务用车购置及运行费"
 * over 小计 / 公务用车购置费 / 公务用车运行费).
 */
final class CellStreamReader {
    /** One cell: text, and the line it was printed on. */
    record Cell(String text, int line, int page) {
        boolean isValue() {
            Tok t = Tok.of(text, text, 0, 1);
            return !text.isEmpty() && t.isValue();
        }
    }

    private CellStreamReader() {
    }

    /** Whether the region's lines are a stream of single cells. */
    static boolean applies(List<String> lines) {
        int bars = 0;
        int single = 0;
        int seen = 0;
        for (String l : lines) {
            String t = l.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (++seen > 24) {
                break;
            }
            if (t.endsWith("|")) {
                bars++;
                String body = t.replace("|", "").strip();
                if (t.chars().filter(c -> c == '|').count() == 1 || body.isEmpty()) {
                    single++;
                }
            }
        }
        return bars >= 6 && single * 10 >= bars * 8;
    }

    static GridReader.Grid read(List<String> lines, List<Integer> indexes, List<Integer> pages) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> cur = new ArrayList<>();
        boolean separators = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.endsWith("|")) {
                if (!cur.isEmpty() || !rows.isEmpty()) {
                    break;
                }
                continue;
            }
            String body = TextNormalizer.normalize(t.substring(0, t.length() - 1)).replace("|", "").strip();
            long count = t.chars().filter(c -> c == '|').count();
            if (body.isEmpty() && count >= 2) {
                separators = true;
                if (!cur.isEmpty()) {
                    rows.add(cur);
                    cur = new ArrayList<>();
                }
                continue;
            }
            cur.add(new Cell(body.replace(" ", ""), indexes.get(i), pages.get(i)));
        }
        if (!cur.isEmpty()) {
            rows.add(cur);
        }
        if (!separators && rows.size() == 1) {
            rows = byHeaderWidth(rows.get(0));
        }
        return grid(rows);
    }

    private static List<List<Cell>> byHeaderWidth(List<Cell> cells) {
        int firstValue = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isValue()) {
                firstValue = i;
                break;
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        if (firstValue < 2) {
            rows.add(cells);
            return rows;
        }
        int width = firstValue - 1;
        for (int i = 0; i < cells.size(); i += width) {
            rows.add(new ArrayList<>(cells.subList(i, Math.min(cells.size(), i + width))));
        }
        return rows;
    }

    private static GridReader.Grid grid(List<List<Cell>> rows) {
        int firstData = -1;
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).stream().anyMatch(Cell::isValue)) {
                firstData = r;
                break;
            }
        }
        List<List<Cell>> header = firstData < 0 ? rows : rows.subList(0, firstData);
        List<List<Cell>> data = firstData < 0 ? List.of() : rows.subList(firstData, rows.size());
        int width = 0;
        for (List<Cell> d : data) {
            width = Math.max(width, d.size());
        }
        boolean labelled = !data.isEmpty() && !data.get(0).get(0).isValue() && !data.get(0).get(0).text().isEmpty();
        List<HeaderModel.Leaf> leaves = headerLeaves(header, width);
        List<GridReader.ColumnSpec> columns = new ArrayList<>();
        int from = labelled ? 1 : 0;
        for (int c = from; c < width; c++) {
            HeaderModel.Leaf leaf = c < leaves.size() ? leaves.get(c) : null;
            columns.add(new GridReader.ColumnSpec(0, c, c + 1, leaf, c));
        }
        List<Draft> drafts = new ArrayList<>();
        for (List<Cell> row : data) {
            Cell first = row.get(0);
            Draft d = new Draft(0, first.line(), first.page());
            if (labelled) {
                d.appendLabel(first.text(), first.line(), 0);
            }
            for (int c = from; c < row.size(); c++) {
                Cell cell = row.get(c);
                d.lastLine = Math.max(d.lastLine, cell.line());
                if (cell.text().isEmpty()) {
                    continue;
                }
                Tok t = Tok.of(cell.text(), cell.text(), c, c + 1);
                if (!t.isValue()) {
                    continue;
                }
                d.values.add(t);
                d.columns.add(c - from);
                d.uncertain.add(false);
                d.valueLines.add(cell.line());
            }
            drafts.add(d);
        }
        List<String> headerText = new ArrayList<>();
        for (List<Cell> h : header) {
            headerText.add(String.join(" | ", h.stream().map(Cell::text).toList()));
        }
        return new GridReader.Grid(columns, drafts, headerText);
    }

    /** Leaf header cells, one per data column, expanding a spanning upper cell over the row below. */
    private static List<HeaderModel.Leaf> headerLeaves(List<List<Cell>> header, int width) {
        List<HeaderModel.Leaf> leaves = new ArrayList<>();
        if (header.isEmpty()) {
            return leaves;
        }
        List<Cell> top = header.get(0);
        List<Cell> below = header.size() > 1 ? header.get(1) : List.of();
        int span = width - top.size() + 1;
        int spanning = -1;
        if (!below.isEmpty() && span == below.size() && span > 1) {
            int best = -1;
            for (int i = 0; i < top.size(); i++) {
                int shared = 0;
                for (Cell b : below) {
                    shared += common(top.get(i).text(), b.text());
                }
                if (shared > best) {
                    best = shared;
                    spanning = i;
                }
            }
        }
        for (int i = 0; i < top.size(); i++) {
            if (i == spanning) {
                for (Cell b : below) {
                    HeaderModel.Leaf l = new HeaderModel.Leaf(leaves.size(), leaves.size() + 1);
                    l.parts.add(b.text());
                    l.groups.add(top.get(i).text());
                    leaves.add(l);
                }
            } else {
                HeaderModel.Leaf l = new HeaderModel.Leaf(leaves.size(), leaves.size() + 1);
                l.parts.add(top.get(i).text());
                leaves.add(l);
            }
        }
        return leaves;
    }

    /** Characters two texts share (as a cheap measure of what one names of the other). */
    private static int common(String a, String b) {
        int n = 0;
        for (int i = 0; i < b.length(); i++) {
            if (a.indexOf(b.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }
}
