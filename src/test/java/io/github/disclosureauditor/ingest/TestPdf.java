package io.github.disclosureauditor.ingest;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Assumptions;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Writes small test PDFs with the CJK TrueType font the project tests with (see
 * {@link FormatsTest#CJK_FONT}): text placed at exact points, so a test knows where every glyph
 * stands. Without the font the test is skipped, except on CI, which must have it.
 */
public final class TestPdf implements AutoCloseable {
    private final PDDocument doc = new PDDocument();
    private final TrueTypeCollection ttc;
    final PDType0Font font;
    private PDPage page;
    private PDPageContentStream cs;

    private TestPdf() throws IOException {
        ttc = new TrueTypeCollection(new File(FormatsTest.CJK_FONT.toString()));
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        ttc.processAllFonts(f -> first.compareAndSet(null, f));
        font = PDType0Font.load(doc, first.get(), true);
    }

    public static TestPdf create() throws IOException {
        if (!Files.isRegularFile(FormatsTest.CJK_FONT)) {
            assertFalse("true".equalsIgnoreCase(System.getenv("CI")), "CI must install fonts-wqy-microhei");
            Assumptions.abort("no CJK TrueType font for writing a test PDF");
        }
        return new TestPdf();
    }

    /** Starts a new page (A4 portrait, turned by {@code rotation} degrees when displayed). */
    public TestPdf page(int rotation) throws IOException {
        endPage();
        page = new PDPage(PDRectangle.A4);
        page.setRotation(rotation);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        return this;
    }

    /** A page with no content stream at all. */
    TestPdf emptyPage() throws IOException {
        endPage();
        doc.addPage(new PDPage(PDRectangle.A4));
        return this;
    }

    /** Text with its baseline at {@code y} points from the top of the (unrotated) page. */
    public TestPdf text(float x, float y, float size, String s) throws IOException {
        return text(x, y, size, 0, s);
    }

    /** Text with extra character spacing (Tc), as justified lines are stretched. */
    TestPdf text(float x, float y, float size, float charSpacing, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setCharacterSpacing(charSpacing);
        cs.newLineAtOffset(x, PDRectangle.A4.getHeight() - y);
        cs.showText(s);
        cs.endText();
        return this;
    }

    /** Text with horizontal scaling 0: every glyph has zero width. */
    TestPdf squashed(float x, float y, float size, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setHorizontalScaling(0);
        cs.newLineAtOffset(x, PDRectangle.A4.getHeight() - y);
        cs.showText(s);
        cs.endText();
        return this;
    }

    /** Text read upwards (turned 90 degrees counter-clockwise), starting at user space (ux, uy). */
    TestPdf turned(float ux, float uy, float size, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setTextMatrix(new Matrix(0, 1, -1, 0, ux, uy));
        cs.showText(s);
        cs.endText();
        return this;
    }

    /** Advance width of {@code s} at {@code size} points. */
    float width(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Font ascent and descent (positive) as shares of the size, as the font descriptor gives them. */
    float ascent() {
        return font.getFontDescriptor().getAscent() / 1000;
    }

    float descent() {
        return -font.getFontDescriptor().getDescent() / 1000;
    }

    PDDocument document() {
        return doc;
    }

    public byte[] bytes() throws IOException {
        endPage();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private void endPage() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    @Override
    public void close() throws IOException {
        endPage();
        doc.close();
        ttc.close();
    }
}
