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

/** Every rule fires on its positive fixture and stays silent on its negative one. */
class RuleFixturesTest {
    @TestFactory
    List<DynamicTest> fixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(TestSupport.FIXTURES)) {
            for (Path dir : dirs.sorted().toList()) {
                String id = dir.getFileName().toString();
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
