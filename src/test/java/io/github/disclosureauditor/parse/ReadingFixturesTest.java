package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.ingest.DocumentReaders;
import io.github.disclosureauditor.ingest.TestPdf;
import io.github.disclosureauditor.model.Cell;
import io.github.disclosureauditor.model.Claim;
import io.github.disclosureauditor.model.Column;
import io.github.disclosureauditor.model.Document;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.Table;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One small document per reading case of issue #8 (units in 元, codes over three columns,
 * wrapped names, 行次 and integer amounts, columns in an unusual order, final-account balance
 * rows, hierarchy by indentation only, a table continued over a page, "-" as zero, a multi-line
 * header, a narrative 类/款/项 path, a 收|支 table whose expense part pdftotext sets further
 * left after a page break, a performance form whose score column first appears after a page
 * break, 支出 printed by function and again by use under one total, a project-only row whose
 * figures stand under 基本支出, a year printed over only some columns of a 三公 table) in
 * src/test/resources/reading. Each is read from its text and
 * compared whole with its golden reading ({@code .tables}); then, unless its name says it is a
 * pdftotext-only layout, it is written as a PDF with the CJK font, every run placed where the
 * text puts it, and the PDF must read the same.
 * Regenerate the goldens with {@code -Dgolden.update=true} and check the diff by hand.
 */
class ReadingFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/reading");
    /** Points per display column of the text: half the font size, so a CJK glyph takes two. */
    private static final float COLUMN = 5f;
    private static final float SIZE = 10f;

    @TestFactory
    List<DynamicTest> casesReadAsTheirGoldenAndAlikeFromPdf() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path c : cases) {
            String name = c.getFileName().toString().replace(".txt", "");
            tests.add(DynamicTest.dynamicTest(name + " text", () -> {
                String dump = dump(read(Files.readAllBytes(c)));
                Path golden = DIR.resolve(name + ".tables");
                if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
                    Files.writeString(golden, dump, StandardCharsets.UTF_8);
                }
                assertEquals(Files.readString(golden, StandardCharsets.UTF_8), dump);
            }));
            if (name.contains("pdftotext")) {
                // A layout only pdftotext makes (a page's lines set anew from its own margin);
                // a PDF drawn from it would carry the artefact into coordinates no PDF has.
                continue;
            }
            tests.add(DynamicTest.dynamicTest(name + " pdf", () -> {
                String text = Files.readString(c, StandardCharsets.UTF_8);
                assertEquals(dump(read(text.getBytes(StandardCharsets.UTF_8))), dump(read(pdfOf(text))),
                        "the PDF must read as its text");
            }));
        }
        return tests;
    }

    private static Document read(byte[] bytes) throws Exception {
        return new DisclosureParser().parse(new DocumentReaders().read(bytes));
    }

    /**
     * The text as a PDF: one PDF line per text line (a form feed starts a page), each run of
     * characters between runs of two or more spaces drawn at its display column.
     */
    static byte[] pdfOf(String text) throws IOException {
        try (TestPdf pdf = TestPdf.create()) {
            for (String page : text.split("\f")) {
                pdf.page(0);
                float y = 60;
                for (String line : page.split("\n", -1)) {
                    int col = 0;
                    int i = 0;
                    while (i < line.length()) {
                        if (line.charAt(i) == ' ') {
                            col++;
                            i++;
                            continue;
                        }
                        int end = i;
                        int width = 0;
                        while (end < line.length()
                                && !(line.charAt(end) == ' ' && (end + 1 >= line.length() || line.charAt(end + 1) == ' '))) {
                            width += displayWidth(line.charAt(end));
                            end++;
                        }
                        pdf.text(40 + col * COLUMN, y, SIZE, line.substring(i, end));
                        col += width;
                        i = end;
                    }
                    y += 14;
                }
            }
            return pdf.bytes();
        }
    }

    private static int displayWidth(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= '\u3000' && c <= '\u303f'
                || c >= '\uff00' && c <= '\uffef' || c == '“' || c == '”' ? 2 : 1;
    }

    /** What was read, without line numbers or how it was read: tables, columns, rows and claims. */
    static String dump(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Table t : doc.tables()) {
            sb.append("表《").append(t.title()).append("》 ").append(t.family()).append(" 单位=").append(t.unit())
                    .append(" 口径=").append(t.scope()).append(" 勾稽=").append(t.check().held()).append('/')
                    .append(t.check().checked()).append(t.check().misread() ? " 疑似误读" : "").append('\n');
            for (Column c : t.columns()) {
                sb.append("  列").append(c.index() + 1).append(c.side() > 0 ? " 右" + c.side() : "").append(' ')
                        .append(c.meaning()).append('\n');
            }
            for (Row r : t.rows()) {
                sb.append("  ").append(r.side() > 0 ? "右" + r.side() + " " : "").append('L').append(r.level())
                        .append(" ↑").append(r.parent()).append(' ').append(r.role()).append(' ')
                        .append(r.code().isEmpty() ? "" : r.code() + " ").append(r.label().replace(" ", ""))
                        .append(r.subject().isEmpty() ? "" : " {" + r.subject() + "}").append(" :");
                for (Cell c : r.cells()) {
                    sb.append(' ').append(t.columns().get(c.column()).meaning()).append('=')
                            .append(String.format(Locale.ROOT, "%." + Math.min(6, c.decimals()) + "f", c.value()))
                            .append(c.uncertain() ? "?" : "");
                }
                sb.append('\n');
            }
        }
        for (Claim c : doc.claims()) {
            sb.append("说明 ").append(io.github.disclosureauditor.report.ParseReport.describe(c)).append('\n');
        }
        return sb.toString();
    }
}
