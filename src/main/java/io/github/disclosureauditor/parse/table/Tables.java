package io.github.disclosureauditor.parse.table;

import io.github.disclosureauditor.ingest.DecodedText;
import io.github.disclosureauditor.ingest.LineLayout;
import io.github.disclosureauditor.model.Cell;
import io.github.disclosureauditor.model.Column;
import io.github.disclosureauditor.model.DocumentKind;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.SourceSpan;
import io.github.disclosureauditor.model.Table;
import io.github.disclosureauditor.model.TableCheck;
import io.github.disclosureauditor.model.TableFamily;
import io.github.disclosureauditor.parse.ProblemLog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

/**
 * Finds and reads every table of a document. Each table is read from its title to where its
 * rows end (the next title, a part heading, or the narrative resuming), by the strategy its
 * lines allow: positions (PDF glyphs, laid-out text, cells), a stream of single cells, or the
 * order of numbers alone. Lines a table took are marked so the narrative reader skips them.
 */
public final class Tables {
    /** Real disclosures have a few dozen tables; beyond this the input is not a disclosure. */
    public static final int MAX_TABLES = 300;
    /** Longer lines are cut: no table row is this long, and the cut keeps work per line bounded. */
    static final int MAX_LINE = 4000;
    private static final Pattern PART = Pattern.compile("^\\s*第[一二三四五六七八九十]+部分");

    /** Tables read, and which lines (0-based) belong to them. */
    public record Result(List<Table> tables, boolean[] inTable, List<String> titleTexts) {
    }

    private final DecodedText text;
    private final List<String> original;
    private final List<String> normalized;
    private final ProblemLog problems;
    private final int[] pages;

    public Tables(DecodedText text, ProblemLog problems) {
        this.text = text;
        this.original = text.original();
        this.normalized = text.normalized();
        this.problems = problems;
        this.pages = pages(text);
    }

    /** Title texts of the tables (read before the document's year and kind are known). */
    public List<String> titles() {
        List<String> out = new ArrayList<>();
        for (TitleFinder.Title t : found()) {
            out.add(t.text());
        }
        return out;
    }

    private List<TitleFinder.Title> found;
    private final HeaderLexicon.Memo headers = new HeaderLexicon.Memo();

    private List<TitleFinder.Title> found() {
        if (found == null) {
            found = TitleFinder.find(normalized);
        }
        return found;
    }

    public Result read(Integer year, DocumentKind kind) {
        List<TitleFinder.Title> titles = found();
        if (titles.size() > MAX_TABLES) {
            problems.add(titles.get(MAX_TABLES).line() + 1, "TOO_MANY_TABLES", "表格超过 " + MAX_TABLES + " 张，其余未读取");
            titles = titles.subList(0, MAX_TABLES);
        }
        boolean[] inTable = new boolean[normalized.size()];
        List<Table> tables = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        // "…支出表（续表）" after "…支出表": the same table over the page, its title line skipped.
        continuationLines = new java.util.HashSet<>();
        List<TitleFinder.Title> merged = new ArrayList<>();
        for (TitleFinder.Title t : titles) {
            TitleFinder.Title previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && continues(t.text(), previous.text())) {
                for (int k = t.line(); k <= t.lastLine(); k++) {
                    continuationLines.add(k);
                }
                continue;
            }
            merged.add(t);
        }
        titles = merged;
        for (int i = 0; i < titles.size(); i++) {
            TitleFinder.Title t = titles.get(i);
            int end = i + 1 < titles.size() ? titles.get(i + 1).line() : normalized.size();
            for (int k = t.lastLine() + 1; k < end; k++) {
                if (normalized.get(k).indexOf('部') >= 0 && PART.matcher(normalized.get(k)).lookingAt()) {
                    end = k;
                    break;
                }
            }
            for (int k = t.line(); k <= t.lastLine(); k++) {
                inTable[k] = true;
            }
            texts.add(t.text());
            try {
                Table table = read(tables.size() + 1, t, end, year, kind, inTable);
                tables.add(table);
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                if (Boolean.getBoolean("auditor.debug")) {
                    e.printStackTrace();
                }
                problems.add(t.line() + 1, "TABLE_ERROR", "表格读取失败（" + e.getClass().getSimpleName() + "），已跳过");
            }
        }
        return new Result(tables, inTable, texts);
    }

    private static final java.util.regex.Pattern CONTINUED = java.util.regex.Pattern.compile(
            "[(（]?(续表|续)[)）]?\\s*$");
    private java.util.Set<Integer> continuationLines = java.util.Set.of();

    /** Whether a title is another's, marked as continued ("续表", "（续）"). */
    static boolean continues(String title, String previous) {
        java.util.regex.Matcher m = CONTINUED.matcher(title);
        if (!m.find()) {
            return false;
        }
        String base = title.substring(0, m.start()).replaceAll("\\s", "");
        return !base.isEmpty() && base.equals(previous.replaceAll("\\s", ""));
    }

    private Table read(int id, TitleFinder.Title title, int end, Integer year, DocumentKind kind, boolean[] inTable) {
        int from = title.lastLine() + 1;
        TableFamily family = title.family();
        List<LineRuns.Line> runs = new ArrayList<>();
        List<String> cleaned = new ArrayList<>();
        List<Integer> linePages = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        List<Boolean> breaks = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        int gap = 0;
        int lastPage = pages[Math.min(title.line(), pages.length - 1)];
        LineLayout prevLayout = null;
        List<LineRuns.Line> displayRuns = new ArrayList<>();
        boolean wide = false;
        for (int k = from; k < end; k++) {
            if ((k & 255) == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            String o = original.get(k);
            String n = normalized.get(k);
            if (o.length() > MAX_LINE) {
                problems.add(k + 1, "LONG_LINE", "第" + (k + 1) + "行超过 " + MAX_LINE + " 个字符，只读取开头部分");
                o = o.substring(0, MAX_LINE);
                n = n.substring(0, Math.min(n.length(), MAX_LINE));
            }
            raw.add(o);
            indexes.add(k);
            if (n.isBlank() || continuationLines.contains(k)) {
                gap++;
                continue;
            }
            LineLayout layout = text.layout(k);
            LineRuns.Line line = LineRuns.of(k, o, n, layout);
            if (layout == null && !wide && hasWide(o)) {
                wide = true;
            }
            displayRuns.add(layout == null ? null : line);
            int page = pages[k];
            if (layout != null && layout.hasBox() && prevLayout != null && prevLayout.hasBox() && page == lastPage) {
                double height = Math.max(1, layout.bottom() - layout.top());
                gap = (int) Math.max(0, Math.round((layout.top() - prevLayout.bottom()) / height - 0.35));
            }
            runs.add(line);
            cleaned.add(TitleFinder.clean(n));
            linePages.add(page);
            gaps.add(gap);
            breaks.add(page != lastPage || o.indexOf('\f') >= 0);
            lastPage = page;
            prevLayout = layout;
            gap = 0;
        }
        String unit = TitleFinder.unit(normalized, title.line(), title.lastLine(), end);
        GridReader.Grid grid;
        Table.Reading reading;
        Table assembled = null;
        boolean proseEnds = family != TableFamily.PERF_TARGET && family != TableFamily.PERF_SELF_EVAL;
        List<RegionLine> region = RegionClassifier.classify(runs, cleaned, linePages, gaps, breaks, proseEnds);
        int lastLine = title.lastLine();
        if (CellStreamReader.applies(raw)) {
            grid = CellStreamReader.read(raw, indexes, pagesOf(indexes));
            reading = Table.Reading.CELLS;
            for (Draft d : grid.rows()) {
                lastLine = Math.max(lastLine, d.lastLine);
            }
            lastLine = Math.max(lastLine, lastBarLine(raw, indexes));
        } else {
            reading = reading(region);
            grid = reading == Table.Reading.FLOW ? new FlowReader(family).read(region)
                    : new GridReader(family.twoSided()).read(region);
            if (reading == Table.Reading.TEXT_COLUMNS && wide) {
                // Text typed for a screen aligns columns by display width (a wide character takes
                // two), pdftotext by character: read both ways, keep the reading that adds up. A
                // reading by character that adds up everywhere, every figure in a named column
                // it is sure of, needs no second reading.
                Table byChars = assemble(id, title, unit, year, kind, grid, reading, emOf(region));
                assembled = byChars;
                if (!settled(byChars)) {
                    // Read by display column only now that it is needed.
                    for (int j = 0; j < displayRuns.size(); j++) {
                        if (displayRuns.get(j) == null) {
                            LineRuns.Line byChar = runs.get(j);
                            int k = byChar.index();
                            String o = original.get(k);
                            String n = normalized.get(k);
                            displayRuns.set(j, LineRuns.of(k, o.substring(0, Math.min(o.length(), MAX_LINE)),
                                    n.substring(0, Math.min(n.length(), MAX_LINE)), null, true));
                        }
                    }
                    List<RegionLine> displayRegion = RegionClassifier.classify(displayRuns, cleaned, linePages, gaps,
                            breaks, proseEnds);
                    GridReader.Grid byDisplay = new GridReader(family.twoSided()).read(displayRegion);
                    Table byWidth = assemble(id, title, unit, year, kind, byDisplay, reading, emOf(region));
                    if (Boolean.getBoolean("auditor.debug")) {
                        System.err.println("by chars " + byChars.check().held() + "/" + byChars.check().checked()
                                + " by width " + byWidth.check().held() + "/" + byWidth.check().checked());
                    }
                    if (better(byWidth, byChars)) {
                        grid = byDisplay;
                        assembled = byWidth;
                    }
                }
            }
            for (RegionLine r : region) {
                if (r.kind() != RegionLine.Kind.PROSE && r.kind() != RegionLine.Kind.NOTE
                        && !(r.kind() == RegionLine.Kind.SKIP && r.index() > lastData(region))) {
                    lastLine = Math.max(lastLine, r.index());
                }
            }
        }
        for (int k = title.line(); k <= lastLine && k < inTable.length; k++) {
            inTable[k] = true;
        }
        Table table = assembled != null ? assembled : assemble(id, title, unit, year, kind, grid, reading, emOf(region));
        table = new Table(table.id(), table.family(), table.title(), table.number(), table.unit(), table.unitScale(),
                table.scope(), table.columns(), table.rows(), table.headerLines(),
                new SourceSpan(title.line() + 1, Math.max(title.line() + 1, lastLine + 1)), table.page(),
                table.reading(), table.check());
        TableCheck check = table.check();
        if (check.misread()) {
            problems.add(title.line() + 1, "TABLE_MISREAD", "《" + title.text() + "》" + check.reason());
        }
        return table;
    }

    private Table assemble(int id, TitleFinder.Title title, String unit, Integer year, DocumentKind kind,
                           GridReader.Grid grid, Table.Reading reading, double em) {
        TableFamily family = title.family();
        TableAssembler assembler = new TableAssembler(unit, family.twoSided(), year, kind, em <= 0 ? 1 : em, headers);
        List<Column> columns = assembler.rates(assembler.columns(grid.columns()), grid.rows());
        List<Row> rows = assembler.rows(grid.rows(), columns);
        Table table = new Table(id, family, title.text(), title.number(), unit, TableAssembler.scaleOf(unit),
                family.scopeOf(title.text()), columns, rows, grid.header(), new SourceSpan(title.line() + 1,
                title.line() + 1), pages[title.line()], reading, TableCheck.none());
        return RowRepair.settle(RowRepair.repair(table.withCheck(TableChecker.check(table))));
    }

    /**
     * Whether reading a adds up better than b: it loses no identity that b holds and fails fewer,
     * or fails as few and holds more; a reading that checks less is no better for it.
     */
    private static double emOf(List<RegionLine> region) {
        return region.isEmpty() ? 1 : region.get(0).runs().em();
    }

    /** Whether a reading leaves nothing to improve: identities checked and held, no figure unsure or unnamed. */
    private static boolean settled(Table t) {
        return t.check().checked() > 0 && t.check().failed() == 0 && unnamed(t) == 0
                && t.rows().stream().allMatch(r -> r.cells().stream().noneMatch(Cell::uncertain));
    }

    private static boolean better(Table a, Table b) {
        int ha = a.check().held();
        int hb = b.check().held();
        int fa = a.check().failed();
        int fb = b.check().failed();
        if (fa < fb && ha >= hb || fa == fb && ha > hb) {
            return true;
        }
        return fa == fb && ha == hb && unnamed(a) < unnamed(b);
    }

    private static long unnamed(Table t) {
        return t.columns().stream().filter(c -> c.header().isEmpty()).count();
    }

    private static boolean hasWide(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x2E80) {
                return true;
            }
        }
        return false;
    }

    private static int lastData(List<RegionLine> region) {
        int last = -1;
        for (RegionLine r : region) {
            if (r.kind() == RegionLine.Kind.DATA || r.kind() == RegionLine.Kind.TEXT) {
                last = r.index();
            }
        }
        return last;
    }

    private static int lastBarLine(List<String> raw, List<Integer> indexes) {
        int last = -1;
        boolean started = false;
        for (int i = 0; i < raw.size(); i++) {
            String t = raw.get(i).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.endsWith("|")) {
                started = true;
                last = indexes.get(i);
            } else if (started) {
                break;
            }
        }
        return last;
    }

    private List<Integer> pagesOf(List<Integer> indexes) {
        List<Integer> out = new ArrayList<>();
        for (int i : indexes) {
            out.add(pages[i]);
        }
        return out;
    }

    /** Positions when the lines carry them (PDF, cells, laid-out text), else the order of numbers. */
    private static Table.Reading reading(List<RegionLine> region) {
        int data = 0;
        int spaced = 0;
        for (RegionLine r : region) {
            if (r.kind() != RegionLine.Kind.DATA) {
                continue;
            }
            if (r.runs().unit() == LineLayout.Unit.CELLS) {
                return Table.Reading.CELLS;
            }
            if (r.runs().unit() == LineLayout.Unit.POINTS) {
                return Table.Reading.POSITIONS;
            }
            data++;
            if (r.runs().spaced()) {
                spaced++;
            }
        }
        if (data == 0) {
            return Table.Reading.TEXT_COLUMNS;
        }
        return spaced * 2 >= data ? Table.Reading.TEXT_COLUMNS : Table.Reading.FLOW;
    }

    /** Page of each line: as extracted, or counted from form feeds in pdftotext output. */
    private static int[] pages(DecodedText text) {
        int n = text.lineCount();
        int[] out = new int[n];
        boolean known = false;
        for (int i = 0; i < n; i++) {
            out[i] = text.pages().get(i);
            known |= out[i] > 0;
        }
        if (known) {
            return out;
        }
        int page = 1;
        boolean feeds = false;
        for (int i = 0; i < n; i++) {
            String o = text.original().get(i);
            for (int k = o.indexOf('\f'); k >= 0; k = o.indexOf('\f', k + 1)) {
                page++;
                feeds = true;
            }
            out[i] = page;
        }
        if (!feeds) {
            java.util.Arrays.fill(out, 0);
        }
        return out;
    }
}
