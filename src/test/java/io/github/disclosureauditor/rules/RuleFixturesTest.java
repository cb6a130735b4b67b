package io.github.disclosureauditor.rules;

import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.finding.Finding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule fires on its positive fixture and stays silent on its negative one. A cross-document
 * rule's fixtures are folders of documents (positive/, negative/) audited as one unit's series.
 */
class RuleFixturesTest {
    @TestFactory
    List<DynamicTest> fixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(TestSupport.FIXTURES)) {
            for (Path dir : dirs.sorted().toList()) {
                String id = dir.getFileName().toString();
                if (Files.isDirectory(dir.resolve("positive"))) {
                    tests.add(DynamicTest.dynamicTest(id + " positive series", () -> {
                        List<Finding> found = series(dir.resolve("positive"));
                        assertTrue(found.stream().anyMatch(f -> f.ruleId().equals(id)), id + " should fire; got " + found);
                        for (Finding f : found) {
                            assertTrue(f.evidence().stream().allMatch(e -> e.document() != null), "evidence names its document");
                        }
                    }));
                    tests.add(DynamicTest.dynamicTest(id + " negative series", () -> assertFalse(
                            series(dir.resolve("negative")).stream().anyMatch(f -> f.ruleId().equals(id)))));
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(id + " positive", () -> {
                    Auditor.Result r = TestSupport.audit(fixture(dir, "positive"));
                    assertTrue(fired(r, id), id + " should fire; got " + ids(r));
                    for (Finding f : r.findings()) {
                        if (f.ruleId().equals(id)) {
                            assertFalse(f.evidence().isEmpty(), id + " must cite lines");
                            assertFalse(f.message().isBlank());
                        }
                    }
                }));
                tests.add(DynamicTest.dynamicTest(id + " negative", () -> {
                    Auditor.Result r = TestSupport.audit(fixture(dir, "negative"));
                    assertFalse(fired(r, id), id + " should not fire; got " + ids(r));
                }));
            }
        }
        return tests;
    }

    /** The cross-document findings of a folder of documents audited as a unit's series. */
    static List<Finding> series(Path folder) throws IOException {
        List<io.github.disclosureauditor.audit.SeriesAuditor.Member> members = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.sorted().toList()) {
                members.add(new io.github.disclosureauditor.audit.SeriesAuditor.Member(p.getFileName().toString(),
                        TestSupport.audit(p)));
            }
        }
        List<io.github.disclosureauditor.audit.SeriesAuditor.Series> series =
                new io.github.disclosureauditor.audit.SeriesAuditor(TestSupport.engine()).audit(members);
        assertTrue(series.size() == 1, "one unit's series: " + series);
        return series.get(0).findings();
    }

    /** positive.txt, or positive.pdf/.docx/.xlsx for rules about other formats. */
    static Path fixture(Path dir, String name) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(name + ".")).findFirst().orElseThrow();
        }
    }

    private static boolean fired(Auditor.Result r, String id) {
        return r.findings().stream().anyMatch(f -> f.ruleId().equals(id));
    }

    private static List<String> ids(Auditor.Result r) {
        return r.findings().stream().map(f -> f.ruleId() + ":" + f.message()).toList();
    }
}
