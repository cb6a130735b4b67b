package io.github.disclosureauditor.corpus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reading targets of issue #8, measured on the whole development corpus (seeds/corpus):
 * table identities hold after reading, a PDF and its text give the same figures row by row, and
 * narrative amounts that name a table subject find a table figure of a scope they may be
 * compared with. Prints every figure; {@code ReadingMeasure}'s main prints them per document.
 */
class ReadingMeasureTest {
    private static ReadingMeasure.Figures figures;

    @BeforeAll
    static void measure() throws IOException {
        figures = new ReadingMeasure().measure(CorpusScore.CORPUS);
        System.out.println("identities held, text " + figures.textIdentities() + ", pdf " + figures.pdfIdentities()
                + "; same rows " + figures.sameRows() + ", in money tables " + figures.sameMoneyRows()
                + "; narrative counterparts " + figures.counterparts() + ", equal " + figures.equalAmounts());
    }

    @Test
    void identitiesHoldInTextAndPdf() {
        assertTrue(figures.textIdentities().share() >= 0.97, "text: " + figures.textIdentities());
        assertTrue(figures.pdfIdentities().share() >= 0.97, "pdf: " + figures.pdfIdentities());
        assertTrue(figures.textIdentities().total() > 1000 && figures.pdfIdentities().total() > 1000,
                "the corpus checks well over a thousand identities each way");
    }

    @Test
    void pdfAndTextGiveTheSameFiguresInMoneyTables() {
        assertTrue(figures.sameMoneyRows().share() >= 0.95, "same rows: " + figures.sameMoneyRows());
        assertTrue(figures.sameMoneyRows().total() > 2000, "rows compared: " + figures.sameMoneyRows());
    }

    @Test
    void pdfAndTextGiveTheSameFiguresInAllTables() {
        // Performance forms included, their rows paired by figures in order (see RowMatch.ALL).
        assertTrue(figures.sameRows().share() >= 0.95, "same rows: " + figures.sameRows());
        assertTrue(figures.sameRows().total() > 3000, "rows compared: " + figures.sameRows());
    }

    @Test
    void eachDocumentReadsAlikeFromPdfAndText() {
        figures.sameRowsPerDocument().forEach((doc, rows) ->
                assertTrue(rows.share() >= 0.95, doc + ": same rows " + rows));
        assertTrue(figures.sameRowsPerDocument().size() >= 19, "documents with a PDF: " + figures.sameRowsPerDocument().size());
    }

    @Test
    void narrativeAmountsFindTheirTableCounterpart() {
        assertTrue(figures.counterparts().share() >= 0.95, "counterparts: " + figures.counterparts());
        assertTrue(figures.counterparts().total() > 300, "claims measured: " + figures.counterparts());
    }
}
