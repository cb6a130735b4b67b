package io.github.disclosureauditor.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass of PDFBox's text engine over all pages that keeps every glyph's position, spaces
 * included (they separate runs), and none of PDFTextStripper's own word and line guessing:
 * {@link #processTextPosition} replaces its bookkeeping and {@link #writePage} its output. At
 * the end of each page its glyphs become lines (see {@link PdfLines}).
 */
final class PdfGlyphReader extends PDFTextStripper {
    /** Without font metrics, a Latin or CJK font reaches about this high and low (share of size). */
    private static final float DEFAULT_ASCENT = 0.8f;
    private static final float DEFAULT_DESCENT = 0.2f;

    private final PageGlyphs glyphs = new PageGlyphs();
    private final PdfLines lines;
    final List<String> texts = new ArrayList<>();
    final List<Integer> pages = new ArrayList<>();
    final List<LineLayout> layouts = new ArrayList<>();
    private PDFont font;
    private float fontAscent;
    private float fontDescent;

    PdfGlyphReader(PdfLines lines) {
        this.lines = lines;
    }

    /** Reads the glyphs of every page into {@link #texts}, {@link #pages} and {@link #layouts}. */
    void read(PDDocument doc) throws IOException {
        writeText(doc, Writer.nullWriter());
    }

    @Override
    protected void startPage(PDPage page) {
        PDRectangle crop = page.getCropBox();
        glyphs.startPage(page.getRotation(), crop.getWidth(), crop.getHeight());
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String unicode = t.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        float x = t.getXDirAdj();
        float y = t.getYDirAdj();
        if (!Float.isFinite(x) || !Float.isFinite(y)) {
            return;
        }
        float w = t.getWidthDirAdj();
        if (!(w > 0) || !Float.isFinite(w)) {
            w = 0; // zero-width or broken advance: the glyph still counts, it just spans nothing
        }
        Matrix m = t.getTextMatrix();
        // the length of the text space's y axis on the page: font size times any scaling
        float size = (float) Math.hypot(m.getValue(1, 0), m.getValue(1, 1));
        if (!Float.isFinite(size)) {
            size = 0;
        }
        metrics(t.getFont());
        float ascent = fontAscent * size;
        float descent = fontDescent * size;
        int dir = PageGlyphs.quarterTurns(t.getDir());
        if (offPage(dir, m.getTranslateX(), m.getTranslateY(), w, ascent, descent)) {
            return;
        }
        glyphs.add(x, y, w, size, ascent, descent, dir, unicode);
    }

    /**
     * Whether a glyph lies wholly outside the crop box and so is never seen: spreadsheet exports
     * draw the overflow of a table beyond the page edge, and pdftotext drops those glyphs too.
     * {@code ux, uy} is the glyph origin in unrotated page space relative to the crop box.
     */
    private boolean offPage(int dir, float ux, float uy, float w, float ascent, float descent) {
        float width = glyphs.pageWidth;
        float height = glyphs.pageHeight;
        if (dir == 0) {
            // the body of a glyph stands on its baseline: one whose baseline is above the top
            // edge shows at most its descender (the last line of the previous page, overflowing)
            return ux + w < 0 || ux > width || uy + ascent < 0 || uy > height;
        }
        float reach = Math.max(w, ascent + descent); // turned text: any side may stick out
        return ux + reach < 0 || ux - reach > width || uy + reach < 0 || uy - reach > height;
    }

    /** Ascent and descent of the font as shares of its size, looked up once per font change. */
    private void metrics(PDFont f) {
        if (f == font) {
            return;
        }
        font = f;
        fontAscent = DEFAULT_ASCENT;
        fontDescent = DEFAULT_DESCENT;
        PDFontDescriptor d = f == null ? null : f.getFontDescriptor();
        if (d != null) {
            float a = d.getAscent() / 1000f;
            float de = -d.getDescent() / 1000f;
            // Type 3 fonts and broken descriptors give other units or nonsense: keep the defaults
            if (a > 0.3f && a < 1.5f) {
                fontAscent = a;
            }
            if (de >= 0 && de < 0.8f) {
                fontDescent = de;
            }
        }
    }

    @Override
    protected void writePage() {
        // the lines are built in endPage from our own glyph list
    }

    @Override
    protected void endPage(PDPage page) {
        int before = texts.size();
        lines.read(glyphs, texts, layouts);
        for (int i = before; i < texts.size(); i++) {
            pages.add(getCurrentPageNo());
        }
    }
}
