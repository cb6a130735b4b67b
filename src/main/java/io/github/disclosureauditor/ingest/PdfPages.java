package io.github.disclosureauditor.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Renders one page of a PDF as a PNG image, so a reviewer sees the cited figures where they are
 * printed. Evidence boxes are in points of the displayed page; at {@link #SCALE} pixels per point
 * the box of a line is its rectangle on the image multiplied by the scale.
 */
public final class PdfPages {
    /** Pixels per point: 1.5 is 108 dpi, sharp enough for small table print. */
    public static final float SCALE = 1.5f;

    private PdfPages() {
    }

    /** Number of pages, or throws for what is not a readable PDF. */
    public static int count(byte[] pdf) throws InputException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new InputException("CORRUPT_FILE", "无法读取 PDF：" + e.getMessage());
        }
    }

    /** Page {@code page} (1-based) as PNG bytes. */
    public static byte[] png(byte[] pdf, int page) throws InputException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw new InputException("NOT_FOUND", "没有第 " + page + " 页（共 " + doc.getNumberOfPages() + " 页）");
            }
            BufferedImage image = new PDFRenderer(doc).renderImage(page - 1, SCALE, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new InputException("CORRUPT_FILE", "无法渲染 PDF 页面：" + e.getMessage());
        }
    }
}
