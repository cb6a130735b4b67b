package io.github.disclosureauditor.corpus;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FloorsTest {
    private static Floors floors(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return Floors.of(p);
    }

    private static final String TODAY = """
            text.recall.hits.min=13
            text.optional.hits.min=18
            text.precision.min=31/324
            text.unmatchedSerious.max=293
            text.mustNot.violations.max=34
            text.crashes.max=0
            """;

    private static ScoreSummary summary(int hits, int serious, int unmatched, int mustNot, int crashes) {
        return new ScoreSummary(36, 31, hits, 64, 18, serious, unmatched, mustNot, crashes, 1.0);
    }

    @Test
    void todaysFiguresPass() throws IOException {
        assertEquals(List.of(), floors(TODAY).regressions(CorpusScore.Mode.TEXT, summary(13, 324, 293, 34, 0)));
        assertEquals(List.of(), floors(TODAY).slack(CorpusScore.Mode.TEXT, summary(13, 324, 293, 34, 0)));
    }

    @Test
    void eachWorseFigureIsNamedWithItsValueAndFloor() throws IOException {
        List<String> r = floors(TODAY).regressions(CorpusScore.Mode.TEXT, summary(12, 325, 294, 35, 1));
        assertEquals(List.of(
                "text required findings found (recall) regressed: 12, floor text.recall.hits.min=13 (minimum)",
                "text lower-bound precision (matched serious / serious) regressed: 31/325, floor text.precision.min=31/324 (minimum)",
                "text unmatched serious findings regressed: 294, floor text.unmatchedSerious.max=293 (maximum)",
                "text must-not violations regressed: 35, floor text.mustNot.violations.max=34 (maximum)",
                "text crashes (documents without a result) regressed: 1, floor text.crashes.max=0 (maximum)"), r);
    }

    @Test
    void betterFiguresAreOfferedAsStricterFloors() throws IOException {
        List<String> s = floors(TODAY).slack(CorpusScore.Mode.TEXT, summary(14, 324, 290, 34, 0));
        assertEquals(List.of("text.recall.hits.min=14 (now 13)", "text.precision.min=34/324 (now 31/324)",
                "text.unmatchedSerious.max=290 (now 293)"), s);
    }

    @Test
    void precisionFloorMayBeADecimal() throws IOException {
        ScoreSummary today = summary(13, 324, 293, 34, 0); // 31/324 = 0.09568
        assertTrue(floors(TODAY.replace("31/324", "0.0956")).regressions(CorpusScore.Mode.TEXT, today).isEmpty());
        assertEquals(1, floors(TODAY.replace("31/324", "0.0957")).regressions(CorpusScore.Mode.TEXT, today).size());
    }

    @Test
    void aMissingFloorIsAnError() throws IOException {
        assertThrows(IllegalStateException.class,
                () -> floors(TODAY.replace("text.crashes.max=0", "")).regressions(CorpusScore.Mode.TEXT,
                        summary(13, 324, 293, 34, 0)));
    }
}
