package io.github.disclosureauditor.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the lines of a PDF from glyph positions: glyphs are grouped into lines by baseline
 * and split into runs at spaces and real gaps (see {@link PdfLines}); every line carries its
 * runs and box in points, and a text with runs placed at their columns, the way
 * {@code pdftotext -layout} does. A PDF without a text layer (a scan) or whose text is garbled
 * is returned marked unreadable instead of being audited; a truncated or broken file is refused.
 */
final class PdfReader {
    /** Below this many characters per page there is no usable text layer. */
    private static final int MIN_CHARS_PER_PAGE = 20;
    /** A Chinese disclosure is mostly CJK text; garbled extraction yields Latin noise. */
    private static final double MIN_CJK_SHARE = 0.15;
    private static final int MAX_PAGES = 2000;

    private final double gapEm;

    PdfReader() {
        this(PdfLines.GAP_EM);
    }

    /** With another run-splitting threshold, for measuring its effect on the corpus. */
    PdfReader(double gapEm) {
        this.gapEm = gapEm;
    }

    DecodedText read(byte[] bytes) throws InputException {
        if (!PdfTrailer.complete(bytes)) {
            throw corrupt("文件不完整（末尾缺少 %%EOF 结束标记），可能在下载或上传时被截断");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new InputException("UNSUPPORTED_FORMAT", "PDF 页数过多（" + pages + " 页）");
            }
            int reachable = 0;
            for (PDPage ignored : doc.getPages()) {
                reachable++;
            }
            if (reachable != pages) {
                throw corrupt("页面目录声明 " + pages + " 页，实际只能找到 " + reachable + " 页");
            }
            PdfGlyphReader glyphs = new PdfGlyphReader(new PdfLines(gapEm));
            glyphs.read(doc);
            return decoded(glyphs.texts, glyphs.pages, glyphs.layouts, pages);
        } catch (InvalidPasswordException e) {
            throw new InputException("ENCRYPTED_PDF", "PDF 已加密，无法读取");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports broken structure and content as IOException, and some damage as
            // runtime exceptions from deep inside; either way the file cannot be read as sent
            throw corrupt("文件已损坏或不完整");
        }
    }

    private static InputException corrupt(String why) {
        return new InputException("CORRUPT_FILE", "无法读取 PDF：" + why);
    }

    private static DecodedText decoded(List<String> lines, List<Integer> pageOf, List<LineLayout> layouts, int pages) {
        int chars = 0;
        int cjk = 0;
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (!Character.isWhitespace(c)) {
                    chars++;
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                        cjk++;
                    }
                }
            }
        }
        String unreadable = "";
        if (chars < MIN_CHARS_PER_PAGE * Math.max(1, pages)) {
            unreadable = "PDF 没有可提取的文字层（可能是扫描件），共 " + pages + " 页仅提取到 " + chars + " 个字符";
        } else if ((double) cjk / chars < MIN_CJK_SHARE) {
            unreadable = String.format("PDF 提取出的文字中汉字仅占 %.1f%%，可能是字体编码缺失导致的乱码", 100.0 * cjk / chars);
        }
        if (lines.isEmpty()) {
            lines = List.of("");
            pageOf = List.of(1);
            layouts = new ArrayList<>();
            layouts.add(null);
        }
        return DecodedText.extracted("PDF", lines, pageOf, unreadable, layouts);
    }
}
