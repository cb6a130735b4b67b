package io.github.disclosureauditor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Column positions of {@code pdftotext -layout} style text, where cells are placed by their x
 * position and an empty cell is a gap rather than a missing token. Numbers are right-aligned,
 * so the end columns of all numbers in a table fall into one narrow band per table column.
 * When the bands are as many as the schema's columns, each number's column is known exactly.
 */
final class LayoutColumns {
    private static final int BAND = 2;
    /** Right-aligned numbers of one column end within a couple of characters of each other. */
    private static final int MAX_BAND_WIDTH = 3;

    private final List<int[]> bands;
    private final boolean display;

    private LayoutColumns(List<int[]> bands, boolean display) {
        this.bands = bands;
        this.display = display;
    }

    /**
     * Bands of number end columns for the given rows, or null when the text is not laid out in
     * columns. Character columns are tried first (pdftotext places text by x position), then
     * display columns (text typed or re-flowed for a terminal, where CJK is double width).
     */
    static LayoutColumns of(List<TableReader.RawRow> rows, int columns) {
        if (!spaced(rows)) {
            return null;
        }
        LayoutColumns byChars = of(rows, columns, false);
        return byChars != null ? byChars : of(rows, columns, true);
    }

    private static LayoutColumns of(List<TableReader.RawRow> rows, int columns, boolean display) {
        TreeSet<Integer> ends = new TreeSet<>();
        for (TableReader.RawRow r : rows) {
            for (int i = 0; i < r.segment().cells.size(); i++) {
                int e = end(r.segment(), i, display);
                if (e >= 0) {
                    ends.add(e);
                }
            }
        }
        List<int[]> bands = new ArrayList<>();
        for (int e : ends) {
            if (bands.isEmpty() || e - bands.get(bands.size() - 1)[1] > BAND) {
                bands.add(new int[]{e, e});
            } else {
                bands.get(bands.size() - 1)[1] = e;
            }
        }
        if (bands.size() != columns || bands.stream().anyMatch(b -> b[1] - b[0] > MAX_BAND_WIDTH)) {
            return null;
        }
        LayoutColumns layout = new LayoutColumns(bands, display);
        for (TableReader.RawRow r : rows) {
            int last = -1;
            for (int i = 0; i < r.segment().cells.size(); i++) {
                int band = layout.band(r.segment(), i);
                if (band <= last) {
                    return null;
                }
                last = band;
            }
        }
        return layout;
    }

    /** Laid-out text separates most numbers by runs of spaces; PDF text by single spaces. */
    private static boolean spaced(List<TableReader.RawRow> rows) {
        int gaps = 0;
        int pairs = 0;
        for (TableReader.RawRow r : rows) {
            List<Integer> cells = r.segment().cells;
            List<String> values = r.segment().values;
            for (int i = 1; i < cells.size(); i++) {
                if (cells.get(i) >= 0 || cells.get(i - 1) >= 0) {
                    continue;
                }
                int start = -1 - cells.get(i) - values.get(i).length();
                int prevEnd = -1 - cells.get(i - 1);
                pairs++;
                if (start - prevEnd >= 3) {
                    gaps++;
                }
            }
        }
        return pairs > 0 && gaps * 2 >= pairs;
    }

    private static int end(Segment s, int i, boolean display) {
        int c = s.cells.get(i);
        if (c >= 0) {
            return -1;
        }
        return display ? (i < s.displayEnds.size() ? s.displayEnds.get(i) : -1) : -1 - c;
    }

    /** Column index of the segment's i-th value, or -1. */
    int band(Segment s, int value) {
        int end = end(s, value, display);
        for (int b = 0; b < bands.size(); b++) {
            if (end >= bands.get(b)[0] && end <= bands.get(b)[1]) {
                return b;
            }
        }
        return -1;
    }
}
