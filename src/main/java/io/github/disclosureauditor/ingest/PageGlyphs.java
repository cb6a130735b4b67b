package io.github.disclosureauditor.ingest;

import java.util.Arrays;

/**
 * The glyphs of one page as parallel primitive arrays, reused from page to page: a PDF page
 * has thousands of glyphs and PDFBox already allocates an object for each, so the reader keeps
 * only numbers and the glyph's string. Coordinates are PDF points in the frame of the glyph's
 * reading direction ({@code TextPosition#getXDirAdj}/{@code getYDirAdj}): for text upright on
 * the displayed page, x from the left edge and the baseline from the top edge.
 */
final class PageGlyphs {
    /** Page rotation and unrotated crop box size, to map boxes of turned text back onto the page. */
    int rotation;
    float pageWidth;
    float pageHeight;

    int count;
    float[] x = new float[256];
    float[] baseline = new float[256];
    float[] width = new float[256];
    /** Font size in points (text rendering matrix), the fallback character width of a line. */
    float[] size = new float[256];
    /** Ascent and descent in points, for the line box. */
    float[] ascent = new float[256];
    float[] descent = new float[256];
    /** Reading direction in quarter turns (0 = left to right, 1 = bottom to top, ...). */
    byte[] dir = new byte[256];
    String[] text = new String[256];
    /** Space glyphs carry no text but always separate runs. */
    boolean[] blank = new boolean[256];

    void startPage(int rotationDegrees, float width, float height) {
        count = 0;
        rotation = quarterTurns(rotationDegrees);
        pageWidth = width;
        pageHeight = height;
    }

    void add(float gx, float gBaseline, float gWidth, float gSize, float gAscent, float gDescent, int gDir,
             String gText) {
        if (count == x.length) {
            grow();
        }
        int i = count++;
        x[i] = gx;
        baseline[i] = gBaseline;
        width[i] = gWidth;
        size[i] = gSize;
        ascent[i] = gAscent;
        descent[i] = gDescent;
        dir[i] = (byte) gDir;
        text[i] = gText;
        blank[i] = isBlank(gText);
    }

    private void grow() {
        int n = x.length * 2;
        x = Arrays.copyOf(x, n);
        baseline = Arrays.copyOf(baseline, n);
        width = Arrays.copyOf(width, n);
        size = Arrays.copyOf(size, n);
        ascent = Arrays.copyOf(ascent, n);
        descent = Arrays.copyOf(descent, n);
        dir = Arrays.copyOf(dir, n);
        text = Arrays.copyOf(text, n);
        blank = Arrays.copyOf(blank, n);
    }

    /** 0, 90, 180, 270 (any multiple, any sign) as 0..3; PDF allows only multiples of 90. */
    static int quarterTurns(float degrees) {
        int q = Math.round(degrees / 90f) % 4;
        return q < 0 ? q + 4 : q;
    }

    /** A space of any width (U+0020, no-break, ideographic...): it separates, it is not text. */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Punctuation that closes what stands before it (a comma, a full stop, a closing bracket or
     * quote, a per cent sign): it belongs to the run before it however far the writer set it
     * apart, since no phrase, number or cell starts with it. Not '.' nor '-': those start
     * numbers (".5", "-3") and a dash alone is a cell meaning zero.
     */
    static boolean closing(String s) {
        if (s.length() != 1) {
            return false;
        }
        char c = s.charAt(0);
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || "，。、；：！？％．%,;:!?".indexOf(c) >= 0;
    }

    /** An opening bracket or quote: it belongs to the run after it. */
    static boolean opening(String s) {
        if (s.length() != 1) {
            return false;
        }
        int type = Character.getType(s.charAt(0));
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    /** A single CJK ideograph: its advance is one em, the most reliable character width there is. */
    static boolean isHan(String s) {
        return s.length() == 1 && Character.UnicodeScript.of(s.charAt(0)) == Character.UnicodeScript.HAN;
    }
}
