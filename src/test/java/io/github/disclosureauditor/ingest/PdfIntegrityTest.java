package io.github.disclosureauditor.ingest;

import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real disclosures whole and cut short. Cut in half, 101 still opens in PDFBox with 4 of its 31
 * pages, 103 with one blank page (the old reader audited the first and called the second a
 * scan), 110 does not open at all; all three must be refused as corrupt, whole they must read.
 */
class PdfIntegrityTest {
    private static final Path DIR = Path.of("src/test/resources/ingest");

    private static byte[] corpus(String name) throws Exception {
        return Files.readAllBytes(DIR.resolve(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"101_jiangsu-npc-office-2017-dept-budget.pdf:31",
            "103_jiangsu-procuratorate-2017-dept-budget.pdf:25",
            "110_jiangsu-party-office-2019-dept-budget-tables.pdf:12"})
    void wholeFilesAreReadWithEveryPage(String file) throws Exception {
        String[] nameAndPages = file.split(":");
        DecodedText t = new DocumentReaders().read(corpus(nameAndPages[0]));
        assertTrue(t.readable(), t.unreadable());
        int pages = Integer.parseInt(nameAndPages[1]);
        for (int i = 1; i < t.lineCount(); i++) {
            assertTrue(t.pages().get(i - 1) <= t.pages().get(i), "lines in page order");
        }
        assertTrue(t.pages().get(t.lineCount() - 1) <= pages);
        // 101 ends with a page without text
        assertTrue(new HashSet<>(t.pages()).size() >= pages - 1, "lines on (nearly) every page");
        for (int i = 0; i < t.lineCount(); i++) {
            LineLayout l = t.layout(i);
            assertEquals(LineLayout.Unit.POINTS, l.unit());
            assertFalse(l.runs().isEmpty());
            assertTrue(l.hasBox());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"101_jiangsu-npc-office-2017-dept-budget.pdf",
            "103_jiangsu-procuratorate-2017-dept-budget.pdf",
            "110_jiangsu-party-office-2019-dept-budget-tables.pdf"})
    void filesCutShortAreCorrupt(String name) throws Exception {
        byte[] whole = corpus(name);
        for (double part : new double[]{0.5, 0.25, 0.9, 0.999}) {
            byte[] cut = Arrays.copyOf(whole, (int) (whole.length * part));
            InputException e = assertThrows(InputException.class, () -> new DocumentReaders().read(cut),
                    name + " cut to " + part);
            assertEquals("CORRUPT_FILE", e.code());
            assertTrue(e.getMessage().contains("不完整"), e.getMessage());
        }
    }

    @Test
    void paddingAfterTheEndMarkerIsAccepted() throws Exception {
        byte[] whole = corpus("110_jiangsu-party-office-2019-dept-budget-tables.pdf");
        byte[] padded = Arrays.copyOf(whole, whole.length + 4096); // NUL bytes, as some uploads add
        assertTrue(new DocumentReaders().read(padded).readable());
        byte[] trailing = (new String(whole, StandardCharsets.ISO_8859_1) + "\r\n% signed 2019\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(new DocumentReaders().read(trailing).readable());
    }

    @Test
    void endMarkerIsLookedForInTheLastKilobyte() {
        byte[] tail = "%PDF-1.4\n...\nstartxref\n9\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertTrue(PdfTrailer.complete(tail));
        assertTrue(PdfTrailer.complete(Arrays.copyOf(tail, tail.length + 100_000)), "NUL padding");
        byte[] junk = new byte[tail.length + 2000];
        System.arraycopy(tail, 0, junk, 0, tail.length);
        Arrays.fill(junk, tail.length, junk.length, (byte) 'x');
        assertFalse(PdfTrailer.complete(junk), "2 KB of other bytes after the marker");
        assertFalse(PdfTrailer.complete(Arrays.copyOf(tail, tail.length - 3)), "cut inside the marker");
        assertFalse(PdfTrailer.complete(new byte[0]));
    }

    @Test
    void aPageTreeThatPromisesMorePagesThanItHasIsCorrupt() throws Exception {
        try (TestPdf pdf = TestPdf.create().page(0)) {
            pdf.text(50, 100, 10, "第一页 1.00");
            pdf.page(0).text(50, 100, 10, "第二页 2.00");
            pdf.document().getPages().getCOSObject().setInt(COSName.COUNT, 3);
            byte[] bytes = pdf.bytes();
            InputException e = assertThrows(InputException.class, () -> new DocumentReaders().read(bytes));
            assertEquals("CORRUPT_FILE", e.code());
            assertTrue(e.getMessage().contains("3"), e.getMessage());
        }
    }

    @Test
    void garbageAfterAPdfHeaderIsCorrupt() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        InputException e = assertThrows(InputException.class, () -> new DocumentReaders().read(b.toByteArray()));
        assertEquals("CORRUPT_FILE", e.code());
    }
}
