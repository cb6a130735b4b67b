package io.github.disclosureauditor.ingest;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word and Excel documents have real cell boundaries: every table row becomes one
 * tab-separated line with empty cells kept (merged cells repeat as empty cells), paragraphs
 * become lines, so the parser reads them like text exported from Word or Excel. Each row also
 * carries its cells as a {@link LineLayout} in grid columns ({@link LineLayout.Unit#CELLS}): one
 * run per non-empty cell from its first grid column to the column after its last, so a merged
 * cell spans the columns it covers. Paragraphs have no layout. For workbooks the "page" of a
 * line is its sheet number.
 */
final class OfficeReader {
    private static final int MAX_ROWS = 200_000;
    /** A Word table has at most 63 columns; a larger span is a broken file, not a layout. */
    private static final int MAX_SPAN = 1000;

    DecodedText readDocx(byte[] bytes) throws InputException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            List<LineLayout> layouts = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    lines.add(p.getText());
                    layouts.add(null);
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        lines.add(row(row));
                        layouts.add(cells(row));
                    }
                }
            }
            return finish("DOCX", lines, null, layouts);
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
            sb.append(cellText(c));
            for (int k = 1; k < span(c); k++) {
                sb.append('\t');
            }
        }
        return sb.toString();
    }

    /** The row's non-empty cells by grid column; a row may start after a few grid columns. */
    private static LineLayout cells(XWPFTableRow row) {
        List<TextRun> runs = new ArrayList<>();
        int column = gridBefore(row);
        for (XWPFTableCell c : row.getTableCells()) {
            int span = span(c);
            String text = cellText(c);
            if (!text.isEmpty()) {
                runs.add(new TextRun(text, column, column + span));
            }
            column += span;
        }
        return LineLayout.of(LineLayout.Unit.CELLS, runs, 1);
    }

    private static String cellText(XWPFTableCell c) {
        return c.getText().replaceAll("[\\t\\r\\n]+", " ").trim();
    }

    /** How many grid columns the cell covers (w:gridSpan), at least 1. */
    private static int span(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        BigInteger span = pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal() : null;
        return span == null || span.signum() <= 0 ? 1 : span.min(BigInteger.valueOf(MAX_SPAN)).intValue();
    }

    /** Grid columns left out before the row's first cell (w:gridBefore). */
    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0 || pr.getGridBeforeArray(0).getVal() == null) {
            return 0;
        }
        BigInteger before = pr.getGridBeforeArray(0).getVal();
        return before.signum() <= 0 ? 0 : before.min(BigInteger.valueOf(MAX_SPAN)).intValue();
    }

    DecodedText readXlsx(byte[] bytes) throws InputException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            List<String> lines = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            List<LineLayout> layouts = new ArrayList<>();
            int rows = 0;
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                Map<Long, Integer> merged = mergedLastColumns(sheet);
                for (Row row : sheet) {
                    if (++rows > MAX_ROWS) {
                        throw new InputException("UNSUPPORTED_FORMAT", "工作簿行数过多");
                    }
                    StringBuilder sb = new StringBuilder();
                    List<TextRun> runs = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        if (c > 0) {
                            sb.append('\t');
                        }
                        Cell cell = row.getCell(c);
                        if (cell != null) {
                            String text = formatter.formatCellValue(cell, evaluator).replaceAll("[\\t\\r\\n]+", " ").trim();
                            sb.append(text);
                            if (!text.isEmpty()) {
                                int last = merged.getOrDefault(key(row.getRowNum(), c), c);
                                runs.add(new TextRun(text, c, last + 1));
                            }
                        }
                    }
                    lines.add(sb.toString());
                    pages.add(s + 1);
                    layouts.add(LineLayout.of(LineLayout.Unit.CELLS, runs, 1));
                }
            }
            return finish("XLSX", lines, pages, layouts);
        } catch (IOException | RuntimeException e) {
            throw new InputException("CORRUPT_FILE", "无法读取 Excel 工作簿：文件已损坏或格式不受支持");
        }
    }

    /**
     * The last column of every merged region by its top-left cell: only that cell holds the
     * value, and its run spans the region's columns (the rows below it are empty there).
     */
    private static Map<Long, Integer> mergedLastColumns(Sheet sheet) {
        Map<Long, Integer> last = new HashMap<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            last.put(key(r.getFirstRow(), r.getFirstColumn()), r.getLastColumn());
        }
        return last;
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xFFFFFFFFL);
    }

    private static DecodedText finish(String format, List<String> lines, List<Integer> pages,
                                      List<LineLayout> layouts) throws InputException {
        if (lines.stream().allMatch(String::isBlank)) {
            throw new InputException("EMPTY_INPUT", "文档中没有文字");
        }
        return DecodedText.extracted(format, lines, pages, "", layouts);
    }
}
