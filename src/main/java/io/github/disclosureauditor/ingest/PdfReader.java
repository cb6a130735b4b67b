package io.github.disclosureauditor.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds the lines of a PDF from glyph positions: glyphs are grouped into lines by baseline
 * and laid out by x position on a character grid, the way {@code pdftotext -layout} does, so an
 * empty table cell stays a gap and the parser can find each number's column. A PDF without a
 * text layer (a scan) or whose text is garbled is returned marked unreadable instead of being
 * audited.
 */
final class PdfReader {
    /** Below this many characters per page there is no usable text layer. */
    private static final int MIN_CHARS_PER_PAGE = 20;
    /** A Chinese disclosure is mostly CJK text; garbled extraction yields Latin noise. */
    private static final double MIN_CJK_SHARE = 0.15;
    private static final int MAX_PAGES = 2000;

    private record Glyph(float x, float y, float w, float h, String text) {
    }

    DecodedText read(byte[] bytes) throws InputException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new InputException("UNSUPPORTED_FORMAT", "PDF 页数过多（" + pages + " 页）");
            }
            List<String> lines = new ArrayList<>();
            List<Integer> pageOf = new ArrayList<>();
            int chars = 0;
            int cjk = 0;
            for (int p = 1; p <= pages; p++) {
                List<Glyph> glyphs = glyphs(doc, p);
                for (String line : layout(glyphs)) {
                    lines.add(line);
                    pageOf.add(p);
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
            }
            String unreadable = "";
            if (chars < MIN_CHARS_PER_PAGE * Math.max(1, pages)) {
                unreadable = "PDF 没有可提取的文字层（可能是扫描件），共 " + pages + " 页仅提取到 " + chars + " 个字符";
            } else if ((double) cjk / chars < MIN_CJK_SHARE) {
                unreadable = String.format("PDF 提取出的文字中汉字仅占 %.1f%%，可能是字体编码缺失导致的乱码", 100.0 * cjk / chars);
            }
            if (lines.isEmpty()) {
                lines.add("");
                pageOf.add(1);
            }
            return DecodedText.extracted("PDF", lines, pageOf, unreadable);
        } catch (InvalidPasswordException e) {
            throw new InputException("ENCRYPTED_PDF", "PDF 已加密，无法读取");
        } catch (IOException e) {
            throw new InputException("CORRUPT_FILE", "无法读取 PDF：文件已损坏或不完整");
        }
    }

    private static List<Glyph> glyphs(PDDocument doc, int page) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                String u = t.getUnicode();
                if (u != null && !u.isBlank()) {
                    out.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                            Math.max(t.getHeightDir(), 1f), u));
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return out;
    }

    /** Lines by baseline, glyphs placed at column x / (narrowest typical glyph width). */
    static List<String> layout(List<Glyph> glyphs) {
        List<String> lines = new ArrayList<>();
        if (glyphs.isEmpty()) {
            return lines;
        }
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        float unit = charUnit(sorted);
        float left = (float) sorted.stream().mapToDouble(Glyph::x).min().orElse(0);
        List<Glyph> line = new ArrayList<>();
        float lineY = sorted.get(0).y();
        for (Glyph g : sorted) {
            if (!line.isEmpty() && Math.abs(g.y() - lineY) > Math.max(2f, g.h() * 0.5f)) {
                lines.add(render(line, unit, left));
                line.clear();
            }
            if (line.isEmpty()) {
                lineY = g.y();
            }
            line.add(g);
        }
        lines.add(render(line, unit, left));
        return lines;
    }

    private static float charUnit(List<Glyph> glyphs) {
        List<Float> widths = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.text().matches("[0-9.]") && g.w() > 0) {
                widths.add(g.w());
            }
        }
        if (widths.isEmpty()) {
            for (Glyph g : glyphs) {
                if (g.w() > 0) {
                    widths.add(g.w() / 2);
                }
            }
        }
        if (widths.isEmpty()) {
            return 5f;
        }
        widths.sort(Float::compare);
        return Math.max(1f, widths.get(widths.size() / 2));
    }

    private static String render(List<Glyph> line, float unit, float left) {
        line.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder sb = new StringBuilder();
        float lastEnd = Float.NEGATIVE_INFINITY;
        for (Glyph g : line) {
            int col = Math.round((g.x() - left) / unit);
            boolean gap = g.x() - lastEnd > unit * 0.8f;
            if (gap && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
            while (gap && sb.length() < col) {
                sb.append(' ');
            }
            sb.append(g.text());
            lastEnd = g.x() + g.w();
        }
        return sb.toString().stripTrailing();
    }
}
