package io.github.disclosureauditor.corpus;

import io.github.disclosureauditor.TestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the auditor on the development corpus (seeds/corpus) exactly as tools/score.py does,
 * prints score.py's lines, and fails when a figure is worse than its floor in
 * src/test/resources/corpus/floor.properties. When a figure improves, it says which floor can be
 * made stricter. Alone: {@code mvn -B test -Dtest=CorpusScoreTest}; add
 * {@code -Dcorpus.verbose=true} to list misses, must-not violations and unmatched serious findings.
 */
class CorpusScoreTest {
    @ParameterizedTest
    @EnumSource(CorpusScore.Mode.class)
    void noFigureFallsBelowItsFloor(CorpusScore.Mode mode) throws IOException {
        CorpusScore.Run run = CorpusScore.run(mode, TestSupport.auditor());
        System.out.println("corpus score, " + mode.key() + " mode (as score.py" + (mode == CorpusScore.Mode.PDF ? " --pdf" : "")
                + "):");
        run.report(Boolean.getBoolean("corpus.verbose")).forEach(System.out::println);

        Floors floors = Floors.load();
        List<String> slack = floors.slack(mode, run.summary());
        if (!slack.isEmpty()) {
            System.out.println("better than the floor, make it stricter in " + Floors.FILE + ": "
                    + String.join(", ", slack));
        }
        List<String> regressions = floors.regressions(mode, run.summary());
        assertTrue(regressions.isEmpty(), () -> String.join("\n", regressions) + "\n(floors in " + Floors.FILE
                + "; -Dcorpus.verbose=true lists the misses and unmatched findings)");
    }
}
