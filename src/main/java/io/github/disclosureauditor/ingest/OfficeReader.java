package io.github.disclosureauditor.ingest;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Word and Excel documents have real cell boundaries: every table row becomes one
 * tab-separated line with empty cells kept (merged cells repeat as empty cells), paragraphs
 * become lines, so the parser reads them like text exported from Word or Excel. For workbooks
 * the "page" of a line is its sheet number.
 */
final class OfficeReader {
    private static final int MAX_ROWS = 200_000;

    DecodedText readDocx(byte[] bytes) throws InputException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    lines.add(p.getText());
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        lines.add(row(row));
                    }
                }
            }
            return finish("DOCX", lines, null);
        } catch (IOException | RuntimeException e) {
            throw new InputException("CORRUPT_FILE", "无法读取 Word 文档：文件已损坏或格式不受支持");
        }
    }

    private static String row(XWPFTableRow row) {
        StringBuilder sb = new StringBuilder();
        List<XWPFTableCell> cells = row.getTableCells();
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell c = cells.get(i);
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(c.getText().replaceAll("[\\t\\r\\n]+", " ").trim());
            BigInteger span = c.getCTTc().getTcPr() != null && c.getCTTc().getTcPr().getGridSpan() != null
                    ? c.getCTTc().getTcPr().getGridSpan().getVal() : BigInteger.ONE;
            for (int k = 1; k < span.intValue(); k++) {
                sb.append('\t');
            }
        }
        return sb.toString();
    }

    DecodedText readXlsx(byte[] bytes) throws InputException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            List<String> lines = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            int rows = 0;
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                for (Row row : sheet) {
                    if (++rows > MAX_ROWS) {
                        throw new InputException("UNSUPPORTED_FORMAT", "工作簿行数过多");
                    }
                    StringBuilder sb = new StringBuilder();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        if (c > 0) {
                            sb.append('\t');
                        }
                        Cell cell = row.getCell(c);
                        if (cell != null) {
                            sb.append(formatter.formatCellValue(cell, evaluator).replaceAll("[\\t\\r\\n]+", " ").trim());
                        }
                    }
                    lines.add(sb.toString());
                    pages.add(s + 1);
                }
            }
            return finish("XLSX", lines, pages);
        } catch (IOException | RuntimeException e) {
            throw new InputException("CORRUPT_FILE", "无法读取 Excel 工作簿：文件已损坏或格式不受支持");
        }
    }

    private static DecodedText finish(String format, List<String> lines, List<Integer> pages) throws InputException {
        if (lines.stream().allMatch(String::isBlank)) {
            throw new InputException("EMPTY_INPUT", "文档中没有文字");
        }
        return DecodedText.extracted(format, lines, pages, "");
    }
}
