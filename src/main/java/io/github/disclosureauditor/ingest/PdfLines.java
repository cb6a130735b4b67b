package io.github.disclosureauditor.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the glyphs of one page into lines: glyphs are grouped by reading direction and baseline,
 * ordered by x, and split into runs (a word, a number, a cell) wherever a space glyph stands or
 * the gap between two glyphs exceeds the line's normal spacing by more than {@link #GAP_EM} of
 * its em. Each line gets its {@link LineLayout} in points and a text in which runs are joined by
 * one space, or placed at their column like {@code pdftotext -layout} when they stand an em or
 * more apart, so readers of plain text still see table columns. One instance per document: its
 * scratch arrays are reused from page to page.
 */
final class PdfLines {
    /**
     * A gap this much wider (share of the line's em) than the line's normal spacing separates
     * two runs. Measured on the 19 corpus PDFs ({@code PdfCorpusMeasure gaps}): neighbouring
     * digits of a number stand less than 0.1 em apart (47,438 pairs; none between 0.1 and 0.3
     * em), a word space is at least 0.22 em wide (Calibri; Times 0.25, SimSun 0.5), and once the
     * stretch of justified lines is taken off (see wideSpacing) and punctuation is kept with its
     * phrase ({@link PageGlyphs#closing}), no two ideographs stand between 0.08 and 0.2 em apart.
     * 0.15 em splits at any space and never inside a number or a Chinese phrase. What does lie
     * around it is Word's extra space between Chinese and Latin text (0.13 to 0.45 em): it
     * mostly splits, "增加 1808.29 万元", as pdftotext does.
     */
    static final double GAP_EM = 0.15;
    /** Two glyphs closer than this (share of the font size) with the same text are one glyph
     * painted twice, as PDF writers do for fake bold; pdftotext drops them the same way. */
    private static final float DUPLICATE_DX = 0.1f;
    private static final float DUPLICATE_DY = 0.2f;
    /**
     * Baselines closer than this share of the larger font size, the line's or the next glyph's
     * (at least 1.5 pt), are one line. Neighbouring distinct baselines in the corpus, against
     * the larger font: 372 pairs under 0.2 em (jitter, raised marks, a label set larger than
     * its numbers), 26 between 0.2 and 0.3 em, 345 between 0.3 and 0.45 em (text centred in
     * neighbouring table cells of different heights, which stays apart as pdftotext keeps it).
     */
    private static final float SAME_LINE = 0.25f;

    /** A glyph at least this share of the em wide is set like a CJK ideograph (see wideSpacing). */
    static final float WIDE_EM = 0.75f;
    private static final float MAX_SPACING_EM = 0.5f;

    /** Sees the gap between every two neighbouring glyphs of a line; for measuring only. */
    interface PairObserver {
        /** {@code gapEm}: the gap in em; {@code normalEm}: the line's normal spacing for this pair. */
        void pair(PageGlyphs g, int left, int right, boolean spaceBetween, float gapEm, float normalEm);
    }

    private final double gapEm;
    private PairObserver observer;
    private long[] order = new long[256];
    private long[] lineOrder = new long[64];
    private float[] widths = new float[64];
    private final StringBuilder run = new StringBuilder();
    private final StringBuilder line = new StringBuilder();

    PdfLines() {
        this(GAP_EM);
    }

    /** With another run-splitting threshold, for measuring its effect on the corpus. */
    PdfLines(double gapEm) {
        this.gapEm = gapEm;
    }

    PdfLines observe(PairObserver o) {
        this.observer = o;
        return this;
    }

    /** Appends the lines of the page, top to bottom, to {@code texts} and {@code layouts}. */
    void read(PageGlyphs g, List<String> texts, List<LineLayout> layouts) {
        int n = g.count;
        if (n == 0) {
            return;
        }
        float unit = columnUnit(g);
        float left = Float.MAX_VALUE;
        if (order.length < n) {
            order = new long[Math.max(n, order.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            // direction, then baseline at 1/16 pt, then index: one primitive sort orders the page
            order[i] = ((long) g.dir[i] << 60) | (quantize(g.baseline[i], 16, 29) << 31) | i;
            if (!g.blank[i]) {
                left = Math.min(left, g.x[i]);
            }
        }
        Arrays.sort(order, 0, n);
        int start = 0;
        int first = index(order[0]);
        float size = g.size[first];
        for (int k = 1; k <= n; k++) {
            int i = k < n ? index(order[k]) : -1;
            if (i < 0 || g.dir[i] != g.dir[first]
                    || g.baseline[i] - g.baseline[first] > Math.max(1.5f, SAME_LINE * Math.max(size, g.size[i]))) {
                line(g, start, k, unit, left, texts, layouts);
                start = k;
                first = i;
                size = 0;
            }
            if (i >= 0) {
                size = Math.max(size, g.size[i]); // the largest font of the two sets the tolerance
            }
        }
    }

    /** Lays out the glyphs order[from..to) of one baseline. */
    private void line(PageGlyphs g, int from, int to, float unit, float left, List<String> texts,
                      List<LineLayout> layouts) {
        int n = to - from;
        if (lineOrder.length < n) {
            lineOrder = new long[Math.max(n, lineOrder.length * 2)];
        }
        for (int k = 0; k < n; k++) {
            int i = index(order[from + k]);
            lineOrder[k] = (quantize(g.x[i], 64, 32) << 31) | i;
        }
        Arrays.sort(lineOrder, 0, n);
        n = dropDuplicates(g, n);
        float em = em(g, n);
        float wide = WIDE_EM * em;
        float spacing = wideSpacing(g, n, wide, em);
        float gap = (float) (gapEm * em);
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        List<TextRun> runs = new ArrayList<>();
        line.setLength(0);
        run.setLength(0);
        float runX0 = 0;
        float runX1 = 0;
        int prev = -1;
        boolean space = false;
        for (int k = 0; k < n; k++) {
            int i = index(lineOrder[k]);
            if (g.blank[i]) {
                space = true;
                continue;
            }
            float gx = g.x[i];
            float gEnd = gx + g.width[i];
            if (prev >= 0) {
                // wide glyphs may stand apart by the line's stretched spacing; narrow ones never do
                float normal = g.width[prev] >= wide || g.width[i] >= wide ? spacing : 0;
                float distance = gx - runX1;
                if (observer != null) {
                    observer.pair(g, prev, i, space, distance / em, normal / em);
                }
                if (space || (distance > normal + gap && !PageGlyphs.closing(g.text[i])
                        && !PageGlyphs.opening(g.text[prev]))) {
                    endRun(runs, runX0, runX1, unit, left, em);
                }
            }
            space = false;
            if (run.length() == 0) {
                runX0 = gx;
                runX1 = gEnd;
            }
            run.append(g.text[i]);
            runX1 = Math.max(runX1, gEnd);
            x0 = Math.min(x0, gx);
            x1 = Math.max(x1, gEnd);
            top = Math.min(top, g.baseline[i] - g.ascent[i]);
            bottom = Math.max(bottom, g.baseline[i] + g.descent[i]);
            prev = i;
        }
        if (run.length() > 0) {
            endRun(runs, runX0, runX1, unit, left, em);
        }
        if (runs.isEmpty()) {
            return;
        }
        texts.add(line.toString());
        int dir = g.dir[index(lineOrder[0])];
        layouts.add(box(g, dir, runs, em, x0, top, x1, bottom));
    }

    /**
     * The line's normal spacing between wide glyphs: the median gap between neighbouring glyphs
     * at least {@link #WIDE_EM} wide, 0 when the line has none; justified Chinese text stretches
     * exactly these gaps. Capped at {@link #MAX_SPACING_EM} so that a line whose wide glyphs are
     * all spread out (a letter-spaced title) still splits at wider gaps.
     */
    private float wideSpacing(PageGlyphs g, int n, float wide, float em) {
        int m = 0;
        int prev = -1;
        for (int k = 0; k < n; k++) {
            int i = index(lineOrder[k]);
            if (g.blank[i]) {
                prev = -1;
                continue;
            }
            if (prev >= 0 && g.width[prev] >= wide && g.width[i] >= wide) {
                widths[m++] = g.x[i] - g.x[prev] - g.width[prev];
            }
            prev = i;
        }
        if (m == 0) {
            return 0;
        }
        Arrays.sort(widths, 0, m);
        return Math.max(0, Math.min(MAX_SPACING_EM * em, widths[m / 2]));
    }

    private void endRun(List<TextRun> runs, float x0, float x1, float unit, float left, float em) {
        String text = run.toString();
        // a run apart from the previous one by at least an em (a table cell, an indent) starts at
        // its column, like pdftotext -layout; closer ones are words of one phrase: one space
        // (columns would pad them: an ideograph takes one character but two columns)
        int at;
        if (!runs.isEmpty() && x0 - runs.get(runs.size() - 1).x1() < em) {
            at = line.length() + 1;
        } else {
            int column = Math.round((x0 - left) / unit);
            at = line.length() == 0 ? column : Math.max(column, line.length() + 1);
        }
        runs.add(new TextRun(text, x0, x1));
        while (line.length() < at) {
            line.append(' ');
        }
        line.append(text);
        run.setLength(0);
    }

    /** Removes, in place, a glyph painted again over the previous one with the same text. */
    private int dropDuplicates(PageGlyphs g, int n) {
        int kept = 0;
        int last = -1;
        for (int k = 0; k < n; k++) {
            int i = index(lineOrder[k]);
            if (last >= 0 && !g.blank[i] && g.width[last] > 0 && g.text[i].equals(g.text[last])
                    && Math.abs(g.x[i] - g.x[last]) < DUPLICATE_DX * g.size[last]
                    && Math.abs(g.baseline[i] - g.baseline[last]) < DUPLICATE_DY * g.size[last]) {
                continue;
            }
            lineOrder[kept++] = lineOrder[k];
            if (!g.blank[i]) {
                last = i;
            }
        }
        return kept;
    }

    /**
     * The line's typical character width: the median advance of its CJK ideographs (each one em
     * wide by design), or without any, the median font size, which is the em of the font.
     */
    private float em(PageGlyphs g, int n) {
        if (widths.length < n) {
            widths = new float[Math.max(n, widths.length * 2)];
        }
        int m = 0;
        for (int k = 0; k < n; k++) {
            int i = index(lineOrder[k]);
            if (!g.blank[i] && g.width[i] > 0 && PageGlyphs.isHan(g.text[i])) {
                widths[m++] = g.width[i];
            }
        }
        if (m == 0) {
            for (int k = 0; k < n; k++) {
                int i = index(lineOrder[k]);
                if (!g.blank[i] && g.size[i] > 0) {
                    widths[m++] = g.size[i];
                }
            }
        }
        if (m == 0) {
            return 1;
        }
        Arrays.sort(widths, 0, m);
        return widths[m / 2];
    }

    /**
     * The width of one text column: the median advance of digits and points on the page (the
     * narrowest common glyphs of a table), as the old character grid used.
     */
    private float columnUnit(PageGlyphs g) {
        int n = g.count;
        if (widths.length < n) {
            widths = new float[Math.max(n, widths.length * 2)];
        }
        int m = 0;
        for (int i = 0; i < n; i++) {
            String t = g.text[i];
            if (g.width[i] > 0 && t.length() == 1 && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.')) {
                widths[m++] = g.width[i];
            }
        }
        if (m == 0) {
            for (int i = 0; i < n; i++) {
                if (!g.blank[i] && g.width[i] > 0) {
                    widths[m++] = g.width[i] / 2;
                }
            }
        }
        if (m == 0) {
            return 5f;
        }
        Arrays.sort(widths, 0, m);
        return Math.max(1f, widths[m / 2]);
    }

    /**
     * The line's layout. Runs stay in the reading-direction frame; the box is mapped onto the
     * displayed page when the text is turned against the page (a landscape table printed on a
     * portrait page, a vertical margin note), so it can be drawn over a rendering of the page.
     */
    private static LineLayout box(PageGlyphs g, int dir, List<TextRun> runs, double em, float x0, float top,
                                  float x1, float bottom) {
        if (dir == g.rotation) {
            return new LineLayout(LineLayout.Unit.POINTS, runs, em, x0, top, x1, bottom);
        }
        float[] a = toPage(g, dir, x0, top);
        float[] b = toPage(g, dir, x1, bottom);
        return new LineLayout(LineLayout.Unit.POINTS, runs, em, Math.min(a[0], b[0]), Math.min(a[1], b[1]),
                Math.max(a[0], b[0]), Math.max(a[1], b[1]));
    }

    /** A point of the reading frame of direction {@code dir} on the displayed page (top left origin). */
    static float[] toPage(PageGlyphs g, int dir, float x, float y) {
        float w = g.pageWidth;
        float h = g.pageHeight;
        // the inverse of TextPosition's direction adjustment: back to unrotated user space ...
        float ux;
        float uy;
        switch (dir) {
            case 1 -> { ux = y; uy = x; }
            case 2 -> { ux = w - x; uy = y; }
            case 3 -> { ux = w - y; uy = h - x; }
            default -> { ux = x; uy = h - y; }
        }
        // ... then as the page is displayed, turned by its /Rotate
        return switch (g.rotation) {
            case 1 -> new float[]{uy, ux};
            case 2 -> new float[]{w - ux, uy};
            case 3 -> new float[]{h - uy, w - ux};
            default -> new float[]{ux, h - uy};
        };
    }

    private static int index(long key) {
        return (int) (key & 0x7FFFFFFFL);
    }

    /** A coordinate as a non-negative integer of {@code bits} bits at {@code 1/perPoint} pt. */
    private static long quantize(float v, int perPoint, int bits) {
        long max = (1L << bits) - 1;
        double q = Math.floor(((double) v + 16384.0) * perPoint);
        if (!(q > 0)) {
            return 0; // also NaN
        }
        return Math.min(max, (long) q);
    }
}
