package io.github.disclosureauditor.ingest;

import java.util.List;

/**
 * Where the text of one line stood. {@code runs} are left to right; {@code em} is the width of
 * a typical character in the same unit as the runs (the gap that separates two cells is
 * measured against it); {@code top}/{@code bottom} and {@code x0}/{@code x1} bound the line on
 * its page (PDF points, origin top left; 0 when the source has no geometry).
 */
public record LineLayout(Unit unit, List<TextRun> runs, double em, double x0, double top, double x1,
                         double bottom) {
    /** What the coordinates of a line's runs count. */
    public enum Unit {
        /** PDF user-space points measured from the page's left edge. */
        POINTS,
        /** Character columns of a laid-out text line (pdftotext -layout), 0-based. */
        CHARS,
        /** Cell indexes of a tab- or bar-separated row; a merged cell spans several. */
        CELLS
    }

    public LineLayout {
        runs = List.copyOf(runs);
        if (!(em > 0)) {
            em = 1;
        }
    }

    public static LineLayout of(Unit unit, List<TextRun> runs, double em) {
        return new LineLayout(unit, runs, em, 0, 0, 0, 0);
    }

    public boolean hasBox() {
        return bottom > top;
    }
}
