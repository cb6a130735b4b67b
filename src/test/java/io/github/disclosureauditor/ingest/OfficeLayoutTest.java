package io.github.disclosureauditor.ingest;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Word table rows and Excel rows carry their cells as runs over grid columns; merged cells span. */
class OfficeLayoutTest {
    private static LineLayout cells(TextRun... runs) {
        return LineLayout.of(LineLayout.Unit.CELLS, List.of(runs), 1);
    }

    @Test
    void docxRowsHaveOneRunPerCellAndMergedCellsSpan() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("2024年一般公共预算支出表");
            XWPFTable table = doc.createTable(3, 4);
            XWPFTableRow header = table.getRow(0);
            header.getCell(0).setText("项目");
            header.getCell(1).setText("本年预算");
            // "本年预算" covers the two amount columns: merge cells 1 and 2 of the header
            CTTcPr pr = header.getCell(1).getCTTc().isSetTcPr() ? header.getCell(1).getCTTc().getTcPr()
                    : header.getCell(1).getCTTc().addNewTcPr();
            pr.addNewGridSpan().setVal(BigInteger.valueOf(2));
            header.removeCell(2);
            header.getCell(2).setText("备注");
            XWPFTableRow row = table.getRow(1);
            row.getCell(0).setText("合计");
            row.getCell(1).setText("912.63");
            row.getCell(2).setText("");
            row.getCell(3).setText("20.00");
            XWPFTableRow last = table.getRow(2);
            last.getCell(0).setText("  ");
            last.getCell(3).setText("说明");
            doc.write(out);
        }
        DecodedText t = new DocumentReaders().read(out.toByteArray());
        assertEquals("DOCX", t.format());
        assertNull(t.layout(0), "a paragraph has no layout");
        assertEquals(cells(new TextRun("项目", 0, 1), new TextRun("本年预算", 1, 3), new TextRun("备注", 3, 4)),
                t.layout(1));
        assertEquals("项目\t本年预算\t\t备注", t.original().get(1), "the text keeps its tab columns");
        assertEquals(cells(new TextRun("合计", 0, 1), new TextRun("912.63", 1, 2), new TextRun("20.00", 3, 4)),
                t.layout(2));
        assertEquals(cells(new TextRun("说明", 3, 4)), t.layout(3), "blank cells have no run");
    }

    @Test
    void xlsxRowsHaveOneRunPerCellAndMergedRegionsSpan() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("支出表");
            sheet.createRow(0).createCell(0).setCellValue("2024年一般公共预算支出表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            XSSFRow header = sheet.createRow(1);
            header.createCell(0).setCellValue("科目编码");
            header.createCell(1).setCellValue("科目名称");
            header.createCell(2).setCellValue("本年预算");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 2, 3)); // two rows, two columns
            header.createCell(4).setCellValue("备注");
            XSSFRow second = sheet.createRow(2);
            second.createCell(0).setCellValue("");
            XSSFRow row = sheet.createRow(3);
            row.createCell(0).setCellValue("208");
            row.createCell(1).setCellValue("社会保障和就业支出");
            row.createCell(2).setCellValue(800);
            row.createCell(3).setCellValue(12.5);
            wb.createSheet("第二表").createRow(5).createCell(2).setCellValue("单位：万元");
            wb.write(out);
        }
        DecodedText t = new DocumentReaders().read(out.toByteArray());
        assertEquals("XLSX", t.format());
        assertEquals(cells(new TextRun("2024年一般公共预算支出表", 0, 5)), t.layout(0));
        assertEquals(cells(new TextRun("科目编码", 0, 1), new TextRun("科目名称", 1, 2), new TextRun("本年预算", 2, 4),
                new TextRun("备注", 4, 5)), t.layout(1));
        assertEquals(cells(), t.layout(2), "the merged region's second row is empty there");
        assertEquals(cells(new TextRun("208", 0, 1), new TextRun("社会保障和就业支出", 1, 2), new TextRun("800", 2, 3),
                new TextRun("12.5", 3, 4)), t.layout(3));
        assertEquals(cells(new TextRun("单位：万元", 2, 3)), t.layout(4));
        assertEquals(List.of(1, 1, 1, 1, 2), t.pages());
    }

    @Test
    void plainTextHasNoLayout() throws Exception {
        DecodedText t = new DocumentReaders().read("合计\t912.63\n说明 1 2 3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 0; i < t.lineCount(); i++) {
            assertNull(t.layout(i));
        }
    }
}
