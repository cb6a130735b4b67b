package io.github.disclosureauditor.ingest;

import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.finding.Finding;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One small disclosure written as text, PDF, Word and Excel: a table with an empty cell, a
 * number wrapped across lines in the narrative, and two arithmetic errors. Every format must
 * give the same findings as the text.
 */
public class FormatsTest {
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    static final String[] NARRATIVE = {
        "某某市医疗保障局2024年部门预算公开",
        "第二部分 情况说明",
        "2024年某某市医疗保障局收入总计 912.",
        "63 万元，其中：基本支出 892.63 万元，占 97.81%；项目支出 20.00 万元，占 2.19%。",
    };
    static final String TITLE = "2024年一般公共预算支出表";
    static final String[] HEADER = {"科目编码", "科目名称", "合计", "基本支出", "项目支出"};
    static final String[][] ROWS = {
        {"合计", "", "912.63", "892.63", "20.00"},
        {"208", "社会保障和就业支出", "800.00", "800.00", ""},
        {"210", "卫生健康支出", "112.63", "92.00", "20.00"},
    };

    private static Set<String> textFindings;

    @BeforeAll
    static void auditText() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String n : NARRATIVE) {
            sb.append(n).append('\n');
        }
        sb.append(TITLE).append("\n单位：万元\n").append(String.join("\t", HEADER)).append('\n');
        for (String[] r : ROWS) {
            sb.append(String.join("\t", r)).append('\n');
        }
        textFindings = findings(sb.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(textFindings.stream().anyMatch(f -> f.startsWith("ARITH-002")), textFindings.toString());
        assertTrue(textFindings.stream().anyMatch(f -> f.startsWith("ARITH-001")), textFindings.toString());
    }

    static Set<String> findings(byte[] bytes) throws Exception {
        Auditor.Result r = TestSupport.auditor().audit(bytes);
        Set<String> out = new TreeSet<>();
        for (Finding f : r.findings()) {
            if (!f.ruleId().startsWith("COMP-001")) {
                out.add(f.ruleId() + " " + f.severity() + " " + f.message());
            }
        }
        return out;
    }

    @Test
    void docxGivesTheSameFindings() throws Exception {
        byte[] docx = docx();
        assertEquals(DocumentReaders.Format.DOCX, DocumentReaders.detect(docx));
        assertEquals(textFindings, findings(docx));
    }

    /** The sample disclosure as a Word document with a real table. */
    public static byte[] docx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String n : NARRATIVE) {
                doc.createParagraph().createRun().setText(n);
            }
            doc.createParagraph().createRun().setText(TITLE);
            doc.createParagraph().createRun().setText("单位：万元");
            XWPFTable table = doc.createTable(ROWS.length + 1, HEADER.length);
            fill(table.getRow(0), HEADER);
            for (int i = 0; i < ROWS.length; i++) {
                fill(table.getRow(i + 1), ROWS[i]);
            }
            doc.write(out);
        }
        return out.toByteArray();
    }

    private static void fill(XWPFTableRow row, String[] cells) {
        for (int c = 0; c < cells.length; c++) {
            row.getCell(c).setText(cells[c]);
        }
    }

    @Test
    void xlsxGivesTheSameFindings() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("预算");
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            int r = 0;
            for (String n : NARRATIVE) {
                sheet.createRow(r++).createCell(0).setCellValue(n);
            }
            sheet.createRow(r++).createCell(0).setCellValue(TITLE);
            sheet.createRow(r++).createCell(0).setCellValue("单位：万元");
            XSSFRow header = sheet.createRow(r++);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (String[] row : ROWS) {
                XSSFRow x = sheet.createRow(r++);
                for (int c = 0; c < row.length; c++) {
                    if (row[c].isEmpty()) {
                        continue;
                    }
                    if (c >= 2) {
                        var cell = x.createCell(c);
                        cell.setCellValue(Double.parseDouble(row[c]));
                        cell.setCellStyle(money);
                    } else {
                        x.createCell(c).setCellValue(row[c]);
                    }
                }
            }
            wb.write(out);
        }
        assertEquals(DocumentReaders.Format.XLSX, DocumentReaders.detect(out.toByteArray()));
        DecodedText t = new DocumentReaders().read(out.toByteArray());
        assertEquals(1, t.pageOf(1), "sheet number is the page");
        assertEquals(textFindings, findings(out.toByteArray()));
    }

    @Test
    void pdfGivesTheSameFindingsWithPages() throws Exception {
        byte[] pdf = pdf();
        DecodedText text = new DocumentReaders().read(pdf);
        assertEquals("PDF", text.format());
        assertTrue(text.readable(), text.unreadable());
        assertTrue(text.original().stream().anyMatch(l -> l.endsWith("912.")), text.original().toString());
        assertEquals(textFindings, findings(pdf));
        Auditor.Result r = TestSupport.auditor().audit(pdf);
        Finding row = r.findings().stream().filter(f -> f.ruleId().equals("ARITH-002")).findFirst().orElseThrow();
        assertEquals(2, row.evidence().get(0).page(), "the table is on page 2");
    }

    /** Narrative on page 1, the table on page 2 with right-aligned numbers and an empty cell. */
    static byte[] pdf() throws Exception {
        boolean haveFont = Files.isRegularFile(CJK_FONT);
        if (!haveFont) {
            assertFalse("true".equalsIgnoreCase(System.getenv("CI")), "CI must install fonts-wqy-microhei");
            Assumptions.abort("no CJK TrueType font for writing a test PDF");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(new File(CJK_FONT.toString()))) {
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            ttc.processAllFonts(f -> first.compareAndSet(null, f));
            PDType0Font font = PDType0Font.load(doc, first.get(), true);
            PDPage p1 = new PDPage(PDRectangle.A4);
            doc.addPage(p1);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p1)) {
                float y = 760;
                for (String n : NARRATIVE) {
                    text(cs, font, 50, y, n);
                    y -= 20;
                }
            }
            PDPage p2 = new PDPage(PDRectangle.A4);
            doc.addPage(p2);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p2)) {
                text(cs, font, 150, 760, TITLE);
                text(cs, font, 50, 735, "单位：万元");
                float[] right = {0, 0, 330, 430, 530};
                float y = 710;
                text(cs, font, 50, y, HEADER[0]);
                text(cs, font, 110, y, HEADER[1]);
                for (int c = 2; c < HEADER.length; c++) {
                    text(cs, font, right[c] - font.getStringWidth(HEADER[c]) / 1000 * 10, y, HEADER[c]);
                }
                for (String[] row : ROWS) {
                    y -= 20;
                    text(cs, font, 50, y, row[0]);
                    text(cs, font, 110, y, row[1]);
                    for (int c = 2; c < row.length; c++) {
                        text(cs, font, right[c] - font.getStringWidth(row[c]) / 1000 * 10, y, row[c]);
                    }
                }
            }
            doc.save(out);
        }
        return out.toByteArray();
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float x, float y, String s) throws Exception {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    @Test
    void textLayerlessAndGarbledPdfsAreUnreadable() throws Exception {
        DecodedText scan = new DocumentReaders().read(Files.readAllBytes(
                TestSupport.FIXTURES.resolve("COMP-005/positive.pdf")));
        assertFalse(scan.readable());
        Auditor.Result r = TestSupport.auditor().audit(Files.readAllBytes(TestSupport.FIXTURES.resolve("COMP-005/positive.pdf")));
        assertEquals(List.of("COMP-005"), r.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void unsupportedPackagesAreRefusedByContent() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> new DocumentReaders().read(ole));
        assertEquals("UNSUPPORTED_FORMAT", e.code());
        InputException broken = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> new DocumentReaders().read("%PDF-1.7 truncated".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("CORRUPT_FILE", broken.code());
    }
}
