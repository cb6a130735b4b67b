package io.github.disclosureauditor.parse.table;

import io.github.disclosureauditor.ingest.LineLayout;
import io.github.disclosureauditor.ingest.TextNormalizer;
import io.github.disclosureauditor.ingest.TextRun;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs of one line as the table reader sees them. Where the source knew positions (PDF
 * glyphs, Word/Excel cells) they are used as given. A plain-text line is read by its
 * characters: tab- or bar-separated rows are cells; otherwise whitespace separates runs and a
 * run's position is its character column in the line as submitted (before thousands
 * separators were removed), the way {@code pdftotext -layout} placed it.
 */
final class LineRuns {
    /** A line's runs, the unit of their coordinates, the typical character width, the page. */
    record Line(int index, List<Tok> toks, LineLayout.Unit unit, double em, boolean spaced) {
        boolean hasValues() {
            for (Tok t : toks) {
                if (t.isValue()) {
                    return true;
                }
            }
            return false;
        }

        boolean hasText() {
            for (Tok t : toks) {
                if (t.isText()) {
                    return true;
                }
            }
            return false;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (Tok t : toks) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t.text());
            }
            return sb.toString();
        }
    }

    private LineRuns() {
    }

    static Line of(int index, String original, String normalized, LineLayout layout) {
        return of(index, original, normalized, layout, false);
    }

    /**
     * As {@link #of(int, String, String, LineLayout)}; with {@code display} a plain-text line is
     * placed by display columns (a wide character takes two), as text typed or re-flowed for a
     * terminal aligns its columns, instead of by character index as pdftotext places words.
     */
    static Line of(int index, String original, String normalized, LineLayout layout, boolean display) {
        if (layout != null) {
            List<Tok> toks = new ArrayList<>();
            for (TextRun r : layout.runs()) {
                String n = TextNormalizer.normalize(r.text());
                if (!n.isBlank()) {
                    addSplit(toks, Tok.of(r.text(), n, r.x0(), r.x1()));
                }
            }
            return new Line(index, toks, layout.unit(), layout.em(), true);
        }
        if (original.indexOf('\t') >= 0) {
            return cells(index, original.split("\t", -1));
        }
        if (original.indexOf('|') >= 0 && isBarRow(original)) {
            return cells(index, original.split("\\|", -1));
        }
        return chars(index, original, display);
    }

    /** "合计 | 18.15 | 22.15 |": cells of an HTML table flattened to text. */
    static boolean isBarRow(String line) {
        String t = line.strip();
        return t.endsWith("|") || t.startsWith("|") || t.contains(" | ");
    }

    private static Line cells(int index, String[] cells) {
        List<Tok> toks = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            String raw = cells[c].strip();
            if (raw.isEmpty()) {
                continue;
            }
            addSplit(toks, Tok.of(raw, TextNormalizer.normalize(raw), c, c + 1));
        }
        return new Line(index, toks, LineLayout.Unit.CELLS, 1, true);
    }

    private static Line chars(int index, String original, boolean display) {
        List<int[]> spans = new ArrayList<>();
        int n = original.length();
        int i = 0;
        boolean wideGap = false;
        while (i < n) {
            while (i < n && isSpace(original.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int s = i;
            while (i < n && !isSpace(original.charAt(i))) {
                i++;
            }
            if (!spans.isEmpty() && s - spans.get(spans.size() - 1)[1] >= 2) {
                wideGap = true;
            }
            spans.add(new int[]{s, i});
        }
        List<Tok> toks = new ArrayList<>(spans.size());
        int prevEnd = -10;
        int widthBefore = 0;
        int measured = 0;
        for (int[] sp : spans) {
            String raw = original.substring(sp[0], sp[1]);
            // pdftotext starts each word at its x position but prints a wide (CJK) glyph in one
            // column: the word really reaches about two columns per wide character.
            if (display) {
                widthBefore += displayWidth(original, measured, sp[0]);
                measured = sp[0];
            }
            int x0 = display ? widthBefore : sp[0];
            Tok t = Tok.of(raw, TextNormalizer.normalize(raw), x0, x0 + displayWidth(raw));
            Tok prev = toks.isEmpty() ? null : toks.get(toks.size() - 1);
            // In laid-out text one space separates words of one cell ("公务 接待费", "预 算 数");
            // cells are further apart. Numbers are never joined.
            if (wideGap && prev != null && prev.isText() && t.isText() && sp[0] - prevEnd <= 1
                    && t.x0() - prev.x1() <= 2) {
                toks.set(toks.size() - 1, Tok.of(prev.raw() + " " + raw,
                        prev.text() + TextNormalizer.normalize(raw), prev.x0(), Math.max(prev.x1(), t.x1())));
                prevEnd = sp[1];
                continue;
            }
            addSplit(toks, t);
            prevEnd = sp[1];
        }
        return new Line(index, toks, LineLayout.Unit.CHARS, 1, wideGap);
    }

    /** Columns a word fills when wide characters take two. */
    static int displayWidth(String s) {
        return displayWidth(s, 0, s.length());
    }

    private static int displayWidth(String s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            w += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                    || (c >= 0xFFE0 && c <= 0xFFE6)) || c == '“' || c == '”') ? 2 : 1;
        }
        return w;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\f' || c == '\r';
    }

    /**
     * "2010101行政运行" or "01 工资奖金津贴" in one run: the leading code becomes a run of its own
     * so rows read alike whatever the extraction glued.
     */
    private static void addSplit(List<Tok> out, Tok t) {
        if (t.isText()) {
            String s = t.text();
            int d = 0;
            while (d < s.length() && s.charAt(d) >= '0' && s.charAt(d) <= '9') {
                d++;
            }
            int rest = d;
            while (rest < s.length() && s.charAt(rest) == ' ') {
                rest++;
            }
            boolean year = d == 4 && (s.startsWith("19") || s.startsWith("20"));
            if (d >= 2 && d <= 7 && !year && rest < s.length() && isCjk(s.charAt(rest))
                    && "年月日个人项万元次辆台批".indexOf(s.charAt(rest)) < 0) {
                double cut = t.x0() + t.width() * d / s.length();
                out.add(Tok.of(s.substring(0, d), s.substring(0, d), t.x0(), cut));
                String label = s.substring(rest);
                out.add(Tok.of(label, label, cut, t.x1()));
                return;
            }
            if (s.indexOf(' ') >= 0) {
                String joined = s.replace(" ", "");
                t = new Tok(t.raw(), joined, Tok.Kind.TEXT, 0, 0, t.x0(), t.x1());
                if (Tok.isNumber(joined) || Tok.isDash(joined)) {
                    t = Tok.of(t.raw(), joined, t.x0(), t.x1());
                }
            }
        }
        out.add(t);
    }

    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '“' || c == '（' || c == '(';
    }
}
