package io.github.disclosureauditor.parse.table;

import io.github.disclosureauditor.ingest.LineLayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a table whose runs have positions (PDF glyphs, laid-out text, cells): finds the value
 * columns from where the values stand, names them from the header cells above, splits a
 * 收 | 支 table into its two halves, and gathers each row's code, label (wrapped lines joined)
 * and values by column.
 */
final class GridReader {
    /** A value column: side, extent, header cell (null when unnamed), whether it holds values. */
    record ColumnSpec(int side, double x0, double x1, HeaderModel.Leaf leaf, int anchor) {
        String header() {
            return leaf == null ? "" : leaf.text();
        }

        List<String> groups() {
            return leaf == null ? List.of() : leaf.groups;
        }
    }

    /** The grid read: columns left to right (side 0 first), rows, header texts. */
    record Grid(List<ColumnSpec> columns, List<Draft> rows, List<String> header) {
    }

    private static final Pattern NEW_ROW = Pattern.compile(
            "^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.．、](?!\\d)|[①-⑳]|其中|合\\s*计|总\\s*计|小\\s*计"
            + "|年[终末]结转|上年结转|年初结转|结余分配|结转下年|本年[收支]|[收支]出?入?总计|用事业基金弥补|使用非财政拨款结余)");

    /** One side of one line: leading codes, label runs, values. */
    private static final class Seg {
        int side;
        final List<Tok> codes = new ArrayList<>();
        final List<Tok> labels = new ArrayList<>();
        final List<Tok> values = new ArrayList<>();
        boolean secondary;

        Seg(int side) {
            this.side = side;
        }

        String label() {
            StringBuilder sb = new StringBuilder();
            for (Tok t : labels) {
                sb.append(t.text());
            }
            return sb.toString();
        }
    }

    private static final Pattern TOTALS = Pattern.compile("合计|小计|总计|结转|结余");

    private final boolean twoSided;

    GridReader(boolean twoSided) {
        this.twoSided = twoSided;
    }

    Grid read(List<RegionLine> region) {
        List<RegionLine> header = new ArrayList<>();
        List<RegionLine> body = new ArrayList<>();
        for (RegionLine r : region) {
            if (r.kind() == RegionLine.Kind.HEADER) {
                header.add(r);
            } else if (r.kind() == RegionLine.Kind.DATA || r.kind() == RegionLine.Kind.TEXT) {
                body.add(r);
            }
        }
        double em = em(region);
        LineLayout.Unit unit = unitOf(region);
        Map<Integer, Double> shift = pageShifts(body, header);
        List<List<Tok>> headerToks = new ArrayList<>();
        Set<String> headerTexts = new HashSet<>();
        for (RegionLine r : header) {
            List<Tok> toks = shifted(r, shift);
            headerToks.add(toks);
            for (Tok t : toks) {
                headerTexts.add(t.text());
            }
        }
        Map<String, Double> headerX = new HashMap<>();
        for (List<Tok> line : headerToks) {
            for (Tok t : line) {
                headerX.putIfAbsent(t.text(), t.x0());
            }
        }
        List<RegionLine> rows = new ArrayList<>();
        List<List<Tok>> rowToks = new ArrayList<>();
        double cellShift = 0;
        for (RegionLine r : body) {
            List<Tok> toks = shifted(r, shift);
            if (r.kind() == RegionLine.Kind.TEXT && repeatsHeader(toks, headerTexts)) {
                if (r.runs().unit() == LineLayout.Unit.CELLS) {
                    cellShift = repeatShift(toks, headerX, cellShift);
                }
                continue;
            }
            if (cellShift != 0 && r.runs().unit() == LineLayout.Unit.CELLS) {
                toks = moved(toks, cellShift);
            }
            rows.add(r);
            rowToks.add(toks);
        }
        double codeRight = codeZoneRight(rowToks);
        double[] splits = twoSided ? sideSplits(rowToks, codeRight, em, unitOf(region) == LineLayout.Unit.CELLS)
                : new double[0];
        if (twoSided && splits.length == 0) {
            splits = headerSplit(headerToks, rowToks);
        }
        if (Boolean.getBoolean("auditor.debug")) {
            System.err.println("splits " + java.util.Arrays.toString(splits) + " codeRight " + codeRight);
        }
        double[] govLabel = governmentLabelColumn(headerToks);
        List<List<Seg>> segs = new ArrayList<>();
        for (List<Tok> toks : rowToks) {
            segs.add(segments(toks, splits, codeRight, govLabel, em));
        }
        if (splits.length > 0) {
            continueEnumerations(segs);
        }
        List<ColumnSpec> columns = new ArrayList<>();
        Map<Integer, Map<Anchors.Placed, Integer>> placed = new HashMap<>();
        for (int side = 0; side <= splits.length; side++) {
            Map<Integer, List<Anchors.Placed>> byPage = new java.util.TreeMap<>();
            List<Anchors.Placed> values = new ArrayList<>();
            for (int i = 0; i < segs.size(); i++) {
                for (Seg s : segs.get(i)) {
                    if (s.side == side) {
                        for (Tok t : s.values) {
                            Anchors.Placed p = new Anchors.Placed(t, rows.get(i).index());
                            values.add(p);
                            // Laid-out text places each page anew; PDF pages share coordinates.
                            int block = rows.get(i).runs().unit() == LineLayout.Unit.CHARS ? rows.get(i).page() : 0;
                            byPage.computeIfAbsent(block, k -> new ArrayList<>()).add(p);
                        }
                    }
                }
            }
            int mainPage = -1;
            for (Map.Entry<Integer, List<Anchors.Placed>> e : byPage.entrySet()) {
                if (mainPage < 0 || e.getValue().size() > byPage.get(mainPage).size() && e.getKey() == firstPage(rows)) {
                    mainPage = e.getKey();
                }
            }
            int most = mainPage;
            for (Map.Entry<Integer, List<Anchors.Placed>> e : byPage.entrySet()) {
                if (e.getValue().size() > byPage.get(most).size()) {
                    most = e.getKey();
                }
            }
            if (most != mainPage && rowsWithValues(byPage.get(mainPage)) < 3) {
                // A first page with a row or two of figures (a form's opening lines before the
                // page break) shows too few of the columns to place the other pages' figures.
                mainPage = most;
            }
            Anchors anchors = Anchors.find(mainPage < 0 ? values : byPage.get(mainPage), em,
                    mainPage < 0 ? rows.size() : rowsOnPage(rows, mainPage));
            int base = columns.size();
            List<ColumnSpec> sideColumns = header(side, anchors, sideHeader(headerToks, splits, side, em), em,
                    labelRight(segs, side), pad(unit, em));
            columns.addAll(sideColumns);
            Map<Integer, Integer> columnOfAnchor = new HashMap<>();
            for (int c = 0; c < sideColumns.size(); c++) {
                if (sideColumns.get(c).anchor() >= 0) {
                    columnOfAnchor.put(sideColumns.get(c).anchor(), base + c);
                }
            }
            Map<Anchors.Placed, Integer> byValue = new HashMap<>();
            for (Map.Entry<Integer, List<Anchors.Placed>> e : byPage.entrySet()) {
                if (e.getKey() == mainPage) {
                    for (Anchors.Placed p : e.getValue()) {
                        Integer col = columnOfAnchor.get(anchors.of(p));
                        if (col != null) {
                            byValue.put(p, col);
                        }
                    }
                    continue;
                }
                Anchors other = Anchors.find(e.getValue(), em, rowsOnPage(rows, e.getKey()));
                int[] map = mapAnchors(anchors, other, em);
                // A column this page prints and the main page does not (a form's score column
                // after a page break) is a column of its own, unnamed, not figures thrown away.
                Map<Integer, Integer> extra = new HashMap<>();
                for (int a = 0; a < map.length; a++) {
                    if (map[a] < 0) {
                        Anchors.Anchor x = other.anchors.get(a);
                        extra.put(a, columns.size());
                        columns.add(new ColumnSpec(side, x.x0(), x.x1(), null, -1));
                    }
                }
                for (Anchors.Placed p : e.getValue()) {
                    int a = other.of(p);
                    Integer col = a >= 0 && map[a] >= 0 ? columnOfAnchor.get(map[a]) : a >= 0 ? extra.get(a) : null;
                    if (col != null) {
                        byValue.put(p, col);
                    }
                }
            }
            placed.put(side, byValue);
        }
        List<Draft> drafts = drafts(rows, segs, placed);
        List<String> headerText = new ArrayList<>();
        for (RegionLine r : header) {
            headerText.add(r.runs().text());
        }
        return new Grid(columns, drafts, headerText);
    }

    private static int rowsWithValues(List<Anchors.Placed> values) {
        Set<Integer> lines = new HashSet<>();
        for (Anchors.Placed p : values) {
            lines.add(p.line());
        }
        return lines.size();
    }

    private static int firstPage(List<RegionLine> rows) {
        for (RegionLine r : rows) {
            if (r.kind() == RegionLine.Kind.DATA) {
                return r.runs().unit() == LineLayout.Unit.CHARS ? r.page() : 0;
            }
        }
        return 0;
    }

    private static int rowsOnPage(List<RegionLine> rows, int page) {
        int n = 0;
        for (RegionLine r : rows) {
            if (r.page() == page) {
                n++;
            }
        }
        return n;
    }

    /**
     * Which column of the first page each column of a later page is. With as many columns, by
     * order; otherwise by the shift that lines up the most columns, then nearest.
     */
    static int[] mapAnchors(Anchors main, Anchors other, double em) {
        List<Anchors.Anchor> a = main.anchors;
        List<Anchors.Anchor> b = other.anchors;
        int[] map = new int[b.size()];
        java.util.Arrays.fill(map, -1);
        if (a.size() == b.size()) {
            for (int i = 0; i < b.size(); i++) {
                map[i] = i;
            }
            return map;
        }
        double bestShift = 0;
        int bestHits = -1;
        for (Anchors.Anchor x : a) {
            for (Anchors.Anchor y : b) {
                double shift = x.x1() - y.x1();
                int hits = 0;
                for (Anchors.Anchor z : b) {
                    for (Anchors.Anchor w : a) {
                        if (Math.abs(z.x1() + shift - w.x1()) <= 1.5 * em) {
                            hits++;
                            break;
                        }
                    }
                }
                if (hits > bestHits || hits == bestHits && Math.abs(shift) < Math.abs(bestShift)) {
                    bestHits = hits;
                    bestShift = shift;
                }
            }
        }
        int last = -1;
        for (int i = 0; i < b.size(); i++) {
            double x = b.get(i).x1() + bestShift;
            int best = -1;
            double bestDist = Double.MAX_VALUE;
            for (int j = last + 1; j < a.size(); j++) {
                double d = Math.abs(a.get(j).x1() - x);
                if (d < bestDist) {
                    bestDist = d;
                    best = j;
                }
            }
            map[i] = best;
            if (best >= 0) {
                last = best;
            }
        }
        return map;
    }

    private static LineLayout.Unit unitOf(List<RegionLine> region) {
        for (RegionLine r : region) {
            if (r.kind() == RegionLine.Kind.DATA) {
                return r.runs().unit();
            }
        }
        return LineLayout.Unit.CHARS;
    }

    private static double em(List<RegionLine> region) {
        for (RegionLine r : region) {
            if (r.runs().unit() == LineLayout.Unit.POINTS) {
                return r.runs().em();
            }
        }
        return 1;
    }

    /**
     * pdftotext places each page's text from that page's left margin, so a table continued on
     * the next page can sit a few columns left or right of its first page. Rows of later pages
     * are shifted so their leftmost text lines up with the first page's.
     */
    private static Map<Integer, Double> pageShifts(List<RegionLine> body, List<RegionLine> header) {
        Map<Integer, Double> minByPage = new HashMap<>();
        int firstPage = -1;
        for (RegionLine r : body) {
            if (r.runs().unit() != LineLayout.Unit.CHARS || r.runs().toks().isEmpty() || r.kind() != RegionLine.Kind.DATA) {
                continue;
            }
            if (firstPage < 0) {
                firstPage = r.page();
            }
            minByPage.merge(r.page(), r.runs().toks().get(0).x0(), Math::min);
        }
        Map<Integer, Double> shift = new HashMap<>();
        if (minByPage.size() < 2 || firstPage < 0) {
            return shift;
        }
        double ref = minByPage.get(firstPage);
        minByPage.forEach((page, min) -> {
            if (Math.abs(min - ref) >= 2) {
                shift.put(page, ref - min);
            }
        });
        return shift;
    }

    private static List<Tok> shifted(RegionLine r, Map<Integer, Double> shift) {
        Double d = shift.get(r.page());
        if (d == null) {
            return r.runs().toks();
        }
        return moved(r.runs().toks(), d);
    }

    /**
     * How far the columns of a continued table moved: a header repeated after a page break in
     * cells may hold one empty cell more or less than the first ("部门预算经济分类 | | |" against
     * "| |"), and every row under it is off by as much. The most common offset of its column
     * headers against the first header's says by how much; a line with no column header keeps
     * the offset already found.
     */
    private static double repeatShift(List<Tok> toks, Map<String, Double> headerX, double current) {
        Map<Double, Integer> votes = new HashMap<>();
        for (Tok t : toks) {
            Double x = headerX.get(t.text());
            if (x != null && !HeaderLexicon.isLabelHeader(t.text())) {
                votes.merge(x - t.x0(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.<Double, Integer>comparingByValue()
                .thenComparing(e -> -Math.abs(e.getKey()))).map(Map.Entry::getKey).orElse(current);
    }

    private static List<Tok> moved(List<Tok> toks, double d) {
        List<Tok> out = new ArrayList<>();
        for (Tok t : toks) {
            out.add(new Tok(t.raw(), t.text(), t.kind(), t.value(), t.decimals(), t.x0() + d, t.x1() + d));
        }
        return out;
    }

    private static boolean repeatsHeader(List<Tok> toks, Set<String> headerTexts) {
        if (headerTexts.isEmpty()) {
            return false;
        }
        for (Tok t : toks) {
            if (!headerTexts.contains(t.text())) {
                return false;
            }
        }
        return toks.size() >= 2 || HeaderLexicon.isLabelHeader(toks.get(0).text());
    }

    /** Right edge of the code column: codes printed before a label show where codes stand. */
    private static double codeZoneRight(List<List<Tok>> rows) {
        double right = Double.NaN;
        for (List<Tok> toks : rows) {
            for (int i = 0; i < toks.size() && toks.get(i).codeLike(); i++) {
                if (i + 1 < toks.size() && (toks.get(i + 1).isText() || toks.get(i + 1).codeLike())
                        && textFollows(toks, i)) {
                    right = Double.isNaN(right) ? toks.get(i).x1() : Math.max(right, toks.get(i).x1());
                }
            }
        }
        return right;
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

    /**
     * Where the later parts of a 收 | 支 table start. Row labels line up in one column per part;
     * a column of labels (three rows or more) with figures to its left starts a part, so a table
     * may print 收入 | 支出（功能分类）| 支出（支出用途）. Total rows centred across two parts
     * are too few to start one.
     */
    private static double[] sideSplits(List<List<Tok>> rows, double codeRight, double em, boolean cells) {
        List<Double> starts = new ArrayList<>();
        double firstValue = Double.MAX_VALUE;
        for (List<Tok> toks : rows) {
            Tok previous = null;
            for (Tok t : toks) {
                if (t.isValue() && !(Double.isFinite(codeRight) && t.x1() <= codeRight)) {
                    firstValue = Math.min(firstValue, t.x1());
                } else if (t.isText() && (previous == null || !previous.isText() || t.x0() - previous.x1() > 2 * em)
                        && (cells || !TOTALS.matcher(t.text()).find())) {
                    // Totals and balance rows are often centred across parts: they mark no part.
                    starts.add(t.x0());
                }
                previous = t;
            }
        }
        starts.sort(Double::compare);
        if (Boolean.getBoolean("auditor.debug")) {
            System.err.println("starts " + starts);
        }
        List<Double> splits = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= starts.size(); i++) {
            if (i == starts.size() || starts.get(i) - starts.get(i - 1) > (cells ? 0.5 : 4 * em)) {
                double left = starts.get(from);
                if (i - from >= (cells ? 2 : 3) && left >= firstValue) {
                    splits.add(starts.get(from + 1));
                }
                from = i;
            }
        }
        // A part prints figures: a cluster of names with (next to) none beside it is the same
        // part's names set further right on some lines (pdftotext shifts lines whose left half is
        // empty), not a part of its own.
        for (int k = splits.size() - 1; k >= 0; k--) {
            double lo = splits.get(k);
            double hi = k + 1 < splits.size() ? splits.get(k + 1) : Double.MAX_VALUE;
            int rowsWithValues = 0;
            for (List<Tok> toks : rows) {
                for (Tok t : toks) {
                    if (t.isValue() && t.center() >= lo && t.center() < hi) {
                        rowsWithValues++;
                        break;
                    }
                }
            }
            if (rowsWithValues < 2) {
                splits.remove(k);
            }
        }
        double[] out = new double[splits.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = splits.get(i);
        }
        return out;
    }

    /**
     * A line printing one part only, whose name continues another part's enumeration and not its
     * own ("十六、金融支出" after the expense part's "十五、", the income part having stopped at
     * "六、"), belongs to that other part with the figures printed on it: pdftotext sets such
     * lines further left on a page whose other part is empty.
     */
    private static void continueEnumerations(List<List<Seg>> segs) {
        Map<Integer, Integer> last = new HashMap<>();
        for (List<Seg> line : segs) {
            Seg named = null;
            for (Seg s : line) {
                if (!s.labels.isEmpty() || !s.codes.isEmpty()) {
                    named = named == null ? s : null;
                    if (named == null) {
                        break;
                    }
                }
            }
            if (named != null && !named.labels.isEmpty()) {
                int n = enumerator(named.labels.get(0).text());
                int own = last.getOrDefault(named.side, 0);
                if (n > 1 && own + 1 != n) {
                    int other = -1;
                    int candidates = 0;
                    for (Map.Entry<Integer, Integer> e : last.entrySet()) {
                        if (e.getKey() != named.side && e.getValue() + 1 == n) {
                            other = e.getKey();
                            candidates++;
                        }
                    }
                    if (candidates == 1) {
                        named.side = other;
                        // Figures printed on the part it moves to are its own.
                        for (Seg o : line) {
                            if (o != named && o.side == other) {
                                named.values.addAll(o.values);
                            }
                        }
                        Seg moved = named;
                        int target = other;
                        line.removeIf(o -> o != moved && o.side == target);
                        line.sort(java.util.Comparator.comparingInt(o -> o.side));
                    }
                }
            }
            for (Seg s : line) {
                int n = s.labels.isEmpty() ? 0 : enumerator(s.labels.get(0).text());
                if (n > 0) {
                    last.put(s.side, n);
                }
            }
        }
    }

    /** The number of a leading "十六、" (1 to 99), or 0. */
    static int enumerator(String label) {
        int end = label.indexOf('、');
        if (end <= 0 || end > 3) {
            return 0;
        }
        int value = 0;
        int pending = 0;
        for (int i = 0; i < end; i++) {
            char c = label.charAt(i);
            int d = "一二三四五六七八九".indexOf(c) + 1;
            if (d > 0) {
                pending = d;
            } else if (c == '十') {
                value += (pending == 0 ? 1 : pending) * 10;
                pending = 0;
            } else {
                return 0;
            }
        }
        return value + pending;
    }

    /**
     * The split of a 收 | 支 table too short for its names to cluster: where its header repeats
     * the label column's heading ("项目 行次 金额 | 项目 行次 金额") or names the expense half
     * ("收入 … 支出"), provided figures stand left of it.
     */
    private static double[] headerSplit(List<List<Tok>> header, List<List<Tok>> rows) {
        double firstValue = Double.MAX_VALUE;
        for (List<Tok> toks : rows) {
            for (Tok t : toks) {
                if (t.isValue()) {
                    firstValue = Math.min(firstValue, t.x0());
                }
            }
        }
        for (List<Tok> line : header) {
            List<String> texts = new ArrayList<>();
            List<Tok> labels = new ArrayList<>();
            for (Tok t : line) {
                String text = t.text().replace(" ", "");
                if (t.isText() && HeaderLexicon.isLabelHeader(text)) {
                    labels.add(t);
                    texts.add(text);
                }
            }
            boolean repeated = labels.size() == 2 && texts.get(0).equals(texts.get(1));
            boolean halves = labels.size() == 2 && texts.get(0).equals("收入") && texts.get(1).equals("支出");
            if ((repeated || halves) && labels.get(1).x0() > firstValue) {
                return new double[]{labels.get(1).x0()};
            }
        }
        return new double[0];
    }

    /** Which part of a 收 | 支 table an x falls in: the number of splits at or left of it. */
    static int sideOf(double x, double[] splits, double slack) {
        int side = 0;
        for (double split : splits) {
            if (x >= split - slack) {
                side++;
            }
        }
        return side;
    }

    private static final Pattern GOV_LABEL_HEADER = Pattern.compile("政府(预算)?(支出)?经济(分类|科目)");

    /**
     * The extent of a second label column naming the government economic classification beside
     * the department one ("部门预算支出经济科目名称 | 政府预算支出经济科目名称"), or null.
     */
    private static double[] governmentLabelColumn(List<List<Tok>> header) {
        for (List<Tok> line : header) {
            for (int i = 1; i < line.size(); i++) {
                Tok t = line.get(i);
                if (t.isText() && GOV_LABEL_HEADER.matcher(t.text().replace(" ", "")).find()
                        && HeaderLexicon.isLabelHeader(line.get(0).text())) {
                    return new double[]{t.x0(), t.x1()};
                }
            }
        }
        return null;
    }

    private static List<Seg> segments(List<Tok> toks, double[] splits, double codeRight, double[] govLabel,
                                      double em) {
        List<Seg> out = new ArrayList<>();
        Seg cur = null;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            int side = sideOf(t.x0(), splits, 0.5);
            if (cur != null && side == cur.side && t.isText() && !cur.values.isEmpty() && side < splits.length) {
                // A name after figures starts the next part: pdftotext set it left of where
                // that part's names usually start ("使用非财政拨款结余…  45,110.97   结余分配").
                side = cur.side + 1;
            }
            if (cur != null && side < cur.side) {
                side = cur.side;
            }
            if (cur == null || cur.side != side) {
                cur = new Seg(side);
                out.add(cur);
            }
            if (t.isText() && govLabel != null && !cur.labels.isEmpty() && cur.values.isEmpty()
                    && HeaderModel.overlap(t.x0(), t.x1(), govLabel[0], govLabel[1]) > -0.5 * em) {
                // The government classification's name of the same line: not part of the row's label.
                continue;
            }
            if (t.isText()) {
                if (cur.values.isEmpty() && !cur.secondary) {
                    cur.labels.add(t);
                }
                continue;
            }
            if (!cur.labels.isEmpty() && cur.values.isEmpty() && t.codeLike() && !cur.codes.isEmpty()
                    && FlowReader.secondary(t.text(), codeOf(cur.codes))) {
                // A government economic code and name beside the department one: same row.
                cur.secondary = true;
                continue;
            }
            if (cur.secondary && t.codeLike() && t.text().length() == 2) {
                // "501 | 01 工资奖金津贴": the second classification's 款 goes with its 类.
                continue;
            }
            cur.secondary = false;
            boolean code = cur.labels.isEmpty() && cur.values.isEmpty() && t.codeLike()
                    && (textFollowsOnSide(toks, i, side, splits)
                    || Double.isFinite(codeRight) && t.x1() <= codeRight + 0.5);
            if (code) {
                cur.codes.add(t);
            } else {
                cur.values.add(t);
            }
        }
        return out;
    }

    private static String codeOf(List<Tok> codes) {
        StringBuilder sb = new StringBuilder();
        for (Tok t : codes) {
            sb.append(t.text());
        }
        return sb.toString();
    }

    private static boolean textFollowsOnSide(List<Tok> toks, int i, int side, double[] splits) {
        for (int k = i + 1; k < toks.size(); k++) {
            Tok t = toks.get(k);
            int s = sideOf(t.x0(), splits, 0.5);
            if (s != side) {
                return false;
            }
            if (t.isText()) {
                return true;
            }
            if (!t.codeLike()) {
                return false;
            }
        }
        return false;
    }

    /** The header runs of one side of the table. */
    private static List<List<Tok>> sideHeader(List<List<Tok>> header, double[] splits, int side, double em) {
        if (splits.length == 0) {
            return header;
        }
        List<List<Tok>> out = new ArrayList<>();
        for (List<Tok> line : header) {
            List<Tok> mine = new ArrayList<>();
            for (Tok t : line) {
                if (sideOf(t.center(), splits, em) == side) {
                    mine.add(t);
                }
            }
            out.add(mine);
        }
        return out;
    }

    /** Value columns named from the header cells over them; header cells over no figures are empty columns. */
    private static List<ColumnSpec> header(int side, Anchors anchors, List<List<Tok>> header, double em,
                                           double labelRight, double pad) {
        List<double[]> extents = new ArrayList<>();
        for (Anchors.Anchor a : anchors.anchors) {
            extents.add(new double[]{a.x0(), a.x1()});
        }
        List<ColumnSpec> out = new ArrayList<>();
        List<HeaderModel.Leaf> leaves = HeaderModel.over(extents, header, em, labelRight, pad);
        if (leaves.stream().allMatch(l -> l.anchor < 0 || l.parts.isEmpty() && l.groups.isEmpty())) {
            leaves = byOrder(extents, header).orElse(leaves);
        }
        for (HeaderModel.Leaf l : leaves) {
            if (l.anchor < 0 && l.isLabel()) {
                continue;
            }
            out.add(new ColumnSpec(side, l.x0, l.x1, l.parts.isEmpty() && l.groups.isEmpty() ? null : l, l.anchor));
        }
        return out;
    }

    /**
     * A header printed as one single-spaced line ("科目编码 科目名称 合计 基本支出 项目支出") over
     * figures aligned in columns: no word sits over its column, but when the words after the
     * label headers are exactly as many as the columns, they name them in order.
     */
    private static Optional<List<HeaderModel.Leaf>> byOrder(List<double[]> extents,
                                                                        List<List<Tok>> header) {
        for (int li = header.size() - 1; li >= 0; li--) {
            List<String> words = new ArrayList<>();
            for (Tok t : header.get(li)) {
                if (!t.isText()) {
                    continue;
                }
                for (String w : t.text().trim().split("\\s+")) {
                    if (!w.isEmpty() && !HeaderLexicon.isLabelHeader(w)) {
                        words.add(w);
                    }
                }
            }
            if (!words.isEmpty() && words.size() == extents.size()) {
                List<HeaderModel.Leaf> out = new ArrayList<>();
                for (int i = 0; i < extents.size(); i++) {
                    HeaderModel.Leaf l = new HeaderModel.Leaf(extents.get(i)[0], extents.get(i)[1], i);
                    l.parts.add(words.get(i));
                    out.add(l);
                }
                return Optional.of(out);
            }
        }
        return Optional.empty();
    }

    /** Slack between a header run and its column, by how the positions were measured. */
    private static double pad(LineLayout.Unit unit, double em) {
        return unit == LineLayout.Unit.CELLS ? -0.01 : unit == LineLayout.Unit.POINTS ? 0.5 * em : 1.5 * em;
    }

    /** Right edge of the label column: where most rows' labels end. */
    private static double labelRight(List<List<Seg>> segs, int side) {
        List<Double> ends = new ArrayList<>();
        for (List<Seg> line : segs) {
            for (Seg s : line) {
                if (s.side == side && !s.labels.isEmpty()) {
                    ends.add(s.labels.get(s.labels.size() - 1).x1());
                }
            }
        }
        if (ends.isEmpty()) {
            return -Double.MAX_VALUE;
        }
        ends.sort(Double::compare);
        return ends.get(ends.size() * 3 / 4);
    }

    /** Rows from segments; text-only lines join the row they wrap from or into. */
    private static List<Draft> drafts(List<RegionLine> rows, List<List<Seg>> segs,
                                      Map<Integer, Map<Anchors.Placed, Integer>> placed) {
        List<Draft> out = new ArrayList<>();
        Map<Integer, Draft> lastBySide = new HashMap<>();
        Map<Integer, List<Tok>> pendingPrefix = new HashMap<>();
        Map<Integer, Integer> pendingLine = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RegionLine r = rows.get(i);
            for (Seg s : segs.get(i)) {
                boolean rowLine = !s.values.isEmpty() || !s.codes.isEmpty() || startsRow(s.label());
                Draft above = lastBySide.get(s.side);
                if (rowLine && s.codes.isEmpty() && !s.values.isEmpty() && above != null && !above.hasValues()
                        && r.gapAbove() == 0 && s.label().length() <= 3 && !startsRow(s.label())
                        && above.lastLine >= previousIndex(rows, i)) {
                    // "1.一般公共预" / "算  17,981.68": the figures belong to the label wrapped above.
                    for (Tok t : s.labels) {
                        above.appendLabel(t.text(), r.index(), t.x0());
                    }
                    addValues(above, s, r, placed);
                    continue;
                }
                if (rowLine) {
                    Draft d = new Draft(s.side, r.index(), r.page());
                    for (Tok c : s.codes) {
                        d.codeParts.add(c.text());
                    }
                    List<Tok> prefix = pendingPrefix.remove(s.side);
                    if (prefix != null) {
                        for (Tok t : prefix) {
                            d.appendLabel(t.text(), r.index(), t.x0());
                        }
                        d.firstLine = Math.min(d.firstLine, pendingLine.remove(s.side));
                    }
                    for (Tok t : s.labels) {
                        d.appendLabel(t.text(), r.index(), t.x0());
                    }
                    addValues(d, s, r, placed);
                    out.add(d);
                    lastBySide.put(s.side, d);
                    continue;
                }
                attachText(rows, segs, i, s, lastBySide, pendingPrefix, pendingLine, out);
            }
        }
        for (Map.Entry<Integer, List<Tok>> e : pendingPrefix.entrySet()) {
            Draft last = lastBySide.get(e.getKey());
            if (last != null) {
                for (Tok t : e.getValue()) {
                    last.appendLabel(t.text(), pendingLine.get(e.getKey()), t.x0());
                }
            }
        }
        return out;
    }

    private static void addValues(Draft d, Seg s, RegionLine r, Map<Integer, Map<Anchors.Placed, Integer>> placed) {
        Map<Anchors.Placed, Integer> byValue = placed.getOrDefault(s.side, Map.of());
        for (Tok v : s.values) {
            Integer col = byValue.get(new Anchors.Placed(v, r.index()));
            d.values.add(v);
            d.columns.add(col == null ? -1 : col);
            d.uncertain.add(col == null);
            d.valueLines.add(r.index());
        }
        d.lastLine = Math.max(d.lastLine, r.index());
    }

    private static boolean startsRow(String label) {
        return NEW_ROW.matcher(label).lookingAt();
    }

    /**
     * A text-only piece wraps from the row above or into the row below. It goes to the row
     * below when that row prints no label of its own (a name set beside the middle of a two-line
     * cell), else to the row directly above, else to the row directly below; separated from
     * both by space, it is a row of its own with blank values.
     */
    private static void attachText(List<RegionLine> rows, List<List<Seg>> segs, int i, Seg s,
                                   Map<Integer, Draft> lastBySide, Map<Integer, List<Tok>> pendingPrefix,
                                   Map<Integer, Integer> pendingLine, List<Draft> out) {
        RegionLine r = rows.get(i);
        Draft prev = lastBySide.get(s.side);
        boolean prevAdjacent = prev != null && r.gapAbove() == 0 && prev.lastLine >= previousIndex(rows, i);
        Seg next = null;
        boolean nextAdjacent = false;
        if (i + 1 < rows.size() && rows.get(i + 1).gapAbove() == 0) {
            for (Seg n : segs.get(i + 1)) {
                if (n.side == s.side) {
                    next = n;
                }
            }
            nextAdjacent = next != null && (!next.values.isEmpty() || !next.codes.isEmpty());
        }
        if (nextAdjacent && next.labels.isEmpty()) {
            addPrefix(s, r, pendingPrefix, pendingLine);
        } else if (prevAdjacent && !pendingPrefix.containsKey(s.side)) {
            for (Tok t : s.labels) {
                prev.appendLabel(t.text(), r.index(), t.x0());
            }
        } else if (nextAdjacent) {
            addPrefix(s, r, pendingPrefix, pendingLine);
        } else if (prev != null && r.gapAbove() <= 1 && !pendingPrefix.containsKey(s.side) && !prev.hasValues()) {
            for (Tok t : s.labels) {
                prev.appendLabel(t.text(), r.index(), t.x0());
            }
        } else {
            Draft d = new Draft(s.side, r.index(), r.page());
            for (Tok t : s.labels) {
                d.appendLabel(t.text(), r.index(), t.x0());
            }
            out.add(d);
            lastBySide.put(s.side, d);
        }
    }

    private static int previousIndex(List<RegionLine> rows, int i) {
        return i > 0 ? rows.get(i - 1).index() : -1;
    }

    private static void addPrefix(Seg s, RegionLine r, Map<Integer, List<Tok>> pendingPrefix,
                                  Map<Integer, Integer> pendingLine) {
        pendingPrefix.computeIfAbsent(s.side, k -> new ArrayList<>()).addAll(s.labels);
        pendingLine.putIfAbsent(s.side, r.index());
    }
}
