package io.github.disclosureauditor.ingest;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs, line boxes and pages of generated PDFs whose glyph positions are known to the point.
 */
class PdfRunsTest {
    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    /** Positions survive PDF number formatting and float arithmetic to well under this. */
    private static final double EXACT = 0.01;

    private static DecodedText read(byte[] pdf) throws InputException {
        return new DocumentReaders().read(pdf);
    }

    /** The one line whose text contains {@code part}. */
    private static int line(DecodedText t, String part) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < t.lineCount(); i++) {
            if (t.original().get(i).contains(part)) {
                found.add(i);
            }
        }
        assertEquals(1, found.size(), part + " in " + t.original());
        return found.get(0);
    }

    private static List<String> runs(DecodedText t, int line) {
        LineLayout l = t.layout(line);
        assertNotNull(l, t.original().get(line));
        return l.runs().stream().map(TextRun::text).toList();
    }

    @Test
    void numbersOneSpaceApartAreSeparateRuns() throws Exception {
        float size = 10;
        try (TestPdf pdf = TestPdf.create().page(0)) {
            float space = pdf.width(" ", size);
            // with space glyphs, as a writer that types the spaces produces them
            pdf.text(50, 100, size, "5.06 5.06");
            pdf.text(50, 130, size, "1 2 3");
            // without space glyphs, each number placed one space width after the last
            float x = 50;
            for (String n : new String[]{"7.25", "7.25", "8"}) {
                pdf.text(x, 160, size, n);
                x += pdf.width(n, size) + space;
            }
            // the narrowest word space of common fonts (Calibri, 0.226 em) still separates
            pdf.text(50, 190, size, "4");
            pdf.text(50 + pdf.width("4", size) + 0.226f * size, 190, size, "9");
            DecodedText t = read(pdf.bytes());
            assertEquals(List.of("5.06", "5.06"), runs(t, line(t, "5.06")));
            assertEquals("5.06 5.06", t.original().get(line(t, "5.06")).strip());
            assertEquals(List.of("1", "2", "3"), runs(t, line(t, "1 2 3")));
            assertEquals(List.of("7.25", "7.25", "8"), runs(t, line(t, "7.25")));
            assertEquals("7.25 7.25 8", t.normalized().get(line(t, "7.25")).strip());
            assertEquals(List.of("4", "9"), runs(t, line(t, "4 9")));
        }
    }

    @Test
    void tightlySetDigitsStayOneNumber() throws Exception {
        float size = 10;
        try (TestPdf pdf = TestPdf.create().page(0)) {
            // kerning and rounding leave a few hundredths of an em between digits of a number
            float x = 50;
            for (String d : new String[]{"1", "2", "3", ".", "4", "5"}) {
                pdf.text(x, 100, size, d);
                x += pdf.width(d, size) + 0.05f * size;
            }
            DecodedText t = read(pdf.bytes());
            assertEquals(List.of("123.45"), runs(t, line(t, "123.45")));
        }
    }

    @Test
    void labelAndNumberAreSeparateRuns() throws Exception {
        float size = 10;
        try (TestPdf pdf = TestPdf.create().page(0)) {
            pdf.text(50, 100, size, "合计 912.63");
            pdf.text(50, 130, size, "基本支出");
            pdf.text(50 + pdf.width("基本支出", size) + pdf.width(" ", size), 130, size, "892.63");
            DecodedText t = read(pdf.bytes());
            assertEquals(List.of("合计", "912.63"), runs(t, line(t, "合计")));
            assertEquals(List.of("基本支出", "892.63"), runs(t, line(t, "基本支出")));
            assertEquals("基本支出 892.63", t.original().get(line(t, "基本支出")).strip());
        }
    }

    @Test
    void chineseSentenceStaysOneRunWithoutSpaces() throws Exception {
        float size = 10;
        String sentence = "本年收入合计比上年增加，主要原因是人员经费增加（含调资）。";
        String justified = "财政拨款收入支出增加的主要原因是人员经费增加。";
        try (TestPdf pdf = TestPdf.create().page(0)) {
            pdf.text(50, 100, size, sentence);
            // a justified line: every glyph pushed 0.2 em further apart by character spacing
            pdf.text(50, 130, size, 0.2f * size, justified);
            DecodedText t = read(pdf.bytes());
            assertEquals(List.of(sentence), runs(t, line(t, "本年收入")));
            assertEquals(sentence, t.original().get(line(t, "本年收入")).strip());
            assertEquals(List.of(justified), runs(t, line(t, "财政拨款")));
            assertEquals(justified, t.original().get(line(t, "财政拨款")).strip());
        }
    }

    @Test
    void runsSpanTheirGlyphsToAFractionOfAPoint() throws Exception {
        float size = 9;
        try (TestPdf pdf = TestPdf.create().page(0)) {
            // a table row: code, name, and right-aligned amounts drawn in another order
            String[] amounts = {"800.00", "1,220.24", "20.00"};
            float[] right = {330, 430, 530};
            for (int c = amounts.length - 1; c >= 0; c--) {
                pdf.text(right[c] - pdf.width(amounts[c], size), 200, size, amounts[c]);
            }
            pdf.text(110, 200, size, "社会保障和就业支出");
            pdf.text(50, 200, size, "208");
            DecodedText t = read(pdf.bytes());
            int row = line(t, "社会保障");
            LineLayout l = t.layout(row);
            assertEquals(LineLayout.Unit.POINTS, l.unit());
            assertEquals(List.of("208", "社会保障和就业支出", "800.00", "1,220.24", "20.00"), runs(t, row));
            List<TextRun> r = l.runs();
            assertEquals(50, r.get(0).x0(), EXACT);
            assertEquals(50 + pdf.width("208", size), r.get(0).x1(), EXACT);
            assertEquals(110, r.get(1).x0(), EXACT);
            assertEquals(110 + pdf.width("社会保障和就业支出", size), r.get(1).x1(), EXACT);
            for (int c = 0; c < amounts.length; c++) {
                assertEquals(right[c] - pdf.width(amounts[c], size), r.get(2 + c).x0(), EXACT, amounts[c]);
                assertEquals(right[c], r.get(2 + c).x1(), EXACT, amounts[c]);
            }
            assertEquals(size, l.em(), EXACT, "em: the width of an ideograph");
            // the text keeps the columns, and its words are the runs
            String text = t.original().get(row);
            assertEquals(runs(t, row), List.of(text.strip().split(" +")));
            assertTrue(text.indexOf("800.00") > text.indexOf("支出") + 3, text);
        }
    }

    @Test
    void lineBoxBoundsTheGlyphs() throws Exception {
        float size = 12;
        try (TestPdf pdf = TestPdf.create().page(0)) {
            pdf.text(72, 300, size, "收入总计");
            pdf.text(200, 300, size, "3,121.42");
            DecodedText t = read(pdf.bytes());
            LineLayout l = t.layout(line(t, "收入总计"));
            assertTrue(l.hasBox());
            assertEquals(72, l.x0(), EXACT);
            assertEquals(200 + pdf.width("3,121.42", size), l.x1(), EXACT);
            assertEquals(300 - pdf.ascent() * size, l.top(), EXACT);
            assertEquals(300 + pdf.descent() * size, l.bottom(), EXACT);
        }
    }

    @Test
    void linesKeepTheirPages() throws Exception {
        try (TestPdf pdf = TestPdf.create().page(0)) {
            pdf.text(50, 100, 10, "第一页 1.00").text(50, 120, 10, "第一页第二行");
            pdf.emptyPage();
            pdf.page(0).text(50, 100, 10, "第三页 3.00");
            pdf.page(0).text(50, 400, 10, "第四页 4.00").text(50, 100, 10, "第四页上面");
            DecodedText t = read(pdf.bytes());
            assertEquals(List.of("第一页 1.00", "第一页第二行", "第三页 3.00", "第四页上面", "第四页 4.00"),
                    t.original().stream().map(String::strip).toList(), "top to bottom on each page");
            assertEquals(List.of(1, 1, 3, 4, 4), t.pages());
        }
    }

    @Test
    void textOnARotatedPageIsReadUprightAndBoxedOnTheDisplayedPage() throws Exception {
        float size = 10;
        try (TestPdf pdf = TestPdf.create().page(90)) {
            // on a page displayed turned 90 degrees clockwise, text reads upright when it runs
            // up the unrotated page: user space (ux, uy) shows at x = uy, y = ux from the top left
            pdf.turned(50, 100, size, "横向表格 12.50 7.25");
            DecodedText t = read(pdf.bytes());
            int row = line(t, "横向表格");
            assertEquals(List.of("横向表格", "12.50", "7.25"), runs(t, row));
            LineLayout l = t.layout(row);
            assertEquals(100, l.runs().get(0).x0(), EXACT);
            assertEquals(100, l.x0(), EXACT);
            assertEquals(100 + pdf.width("横向表格 12.50 7.25", size), l.x1(), EXACT);
            assertEquals(50 - pdf.ascent() * size, l.top(), EXACT);
            assertEquals(50 + pdf.descent() * size, l.bottom(), EXACT);
        }
    }

    @Test
    void textTurnedOnAnUprightPageIsBoxedWhereItIsSeen() throws Exception {
        float size = 10;
        try (TestPdf pdf = TestPdf.create().page(0)) {
            pdf.text(50, 100, size, "正文 1.00");
            // a margin note running up the page from user space (300, 100)
            pdf.turned(300, 100, size, "竖排 2.00");
            DecodedText t = read(pdf.bytes());
            assertEquals(List.of("正文", "1.00"), runs(t, line(t, "正文")));
            int note = line(t, "竖排");
            assertEquals(List.of("竖排", "2.00"), runs(t, note));
            LineLayout l = t.layout(note);
            float w = pdf.width("竖排 2.00", size);
            assertEquals(300 - pdf.ascent() * size, l.x0(), EXACT);
            assertEquals(300 + pdf.descent() * size, l.x1(), EXACT);
            assertEquals(PAGE_HEIGHT - 100 - w, l.top(), EXACT);
            assertEquals(PAGE_HEIGHT - 100, l.bottom(), EXACT);
        }
    }

    @Test
    void zeroWidthGlyphsAndTextOffThePageDoNotBreakTheReader() throws Exception {
        try (TestPdf pdf = TestPdf.create().page(0)) {
            pdf.text(50, 100, 10, "可见的文字 10.00");
            pdf.text(50, 120, 10, "这一行让页面有足够的文字，不被当成扫描件。");
            pdf.squashed(50, 150, 10, "压扁 11.00");
            pdf.text(PAGE_WIDTH + 20, 200, 10, "页面右侧之外 99.99");
            pdf.text(50, PAGE_HEIGHT + 40, 10, "页面下方之外 88.88");
            DecodedText t = read(pdf.bytes());
            assertTrue(t.readable(), t.unreadable());
            assertEquals(List.of("可见的文字", "10.00"), runs(t, line(t, "可见")));
            int squashed = line(t, "压扁");
            assertEquals(List.of("压扁", "11.00"), runs(t, squashed), "the space glyph still separates");
            LineLayout l = t.layout(squashed);
            assertEquals(50, l.x0(), EXACT);
            assertEquals(50, l.x1(), EXACT);
            assertFalse(String.join("\n", t.original()).contains("之外"), "glyphs outside the page are not seen");
        }
    }

    @Test
    void aPageWithoutTextGivesOneEmptyUnreadableLine() throws Exception {
        try (TestPdf pdf = TestPdf.create().emptyPage()) {
            DecodedText t = read(pdf.bytes());
            assertFalse(t.readable());
            assertEquals(List.of(""), t.original());
            assertEquals(null, t.layout(0));
        }
    }
}
