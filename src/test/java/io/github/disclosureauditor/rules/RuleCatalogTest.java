package io.github.disclosureauditor.rules;

import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.engine.RuleCatalog;
import io.github.disclosureauditor.engine.RuleCompiler;
import io.github.disclosureauditor.engine.RuleInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule has metadata, a CATALOG.md row that agrees with it, and both fixtures; and nothing else does. */
class RuleCatalogTest {
    @Test
    void everyRuleIsCatalogedAndHasFixtures() throws IOException {
        RuleCompiler.Result built = new RuleCompiler().compile(TestSupport.RULES);
        assertTrue(built.ok(), () -> "rules must compile: " + built.errors());
        List<RuleInfo> rules = built.ruleBase().rules();
        assertFalse(rules.isEmpty());
        RuleCatalog read = RuleCatalog.read(TestSupport.RULES);
        Map<String, RuleCatalog.Row> catalog = read.rows();
        assertEquals(List.of(), read.problems(rules), "the catalog check the service runs finds nothing");
        for (RuleInfo r : rules) {
            assertFalse(r.id().isBlank() || r.title().isBlank() || r.severity().isBlank() || r.category().isBlank(),
                    () -> r.name() + " lacks metadata");
            RuleCatalog.Row row = catalog.get(r.id());
            assertTrue(row != null, () -> r.id() + " has no CATALOG.md row");
            assertEquals(r.severity(), row.severity(), r.id() + " severity differs from CATALOG.md");
            assertEquals(r.category(), row.category(), r.id() + " category differs from CATALOG.md");
            assertEquals(r.title(), row.title(), r.id() + " title differs from CATALOG.md");
            assertFalse(row.description().isBlank(), r.id() + " needs a description");
            Path dir = TestSupport.FIXTURES.resolve(r.id());
            assertTrue(Files.isDirectory(dir), r.id() + " lacks fixtures");
            boolean series = Files.isDirectory(dir.resolve("positive")) && Files.isDirectory(dir.resolve("negative"));
            assertTrue(series || Files.isRegularFile(RuleFixturesTest.fixture(dir, "positive")), r.id() + " lacks a positive fixture");
            assertTrue(series || Files.isRegularFile(RuleFixturesTest.fixture(dir, "negative")), r.id() + " lacks a negative fixture");
        }
        Set<String> ids = rules.stream().map(RuleInfo::id).collect(Collectors.toSet());
        assertEquals(ids, catalog.keySet(), "CATALOG.md lists exactly the loaded rules");
        Set<String> fixtureDirs = new HashSet<>();
        try (Stream<Path> s = Files.list(TestSupport.FIXTURES)) {
            s.forEach(p -> fixtureDirs.add(p.getFileName().toString()));
        }
        assertEquals(ids, fixtureDirs, "fixture folders exist exactly for the loaded rules");
    }

    @Test
    void everyRuleHasAFactLevelTest() throws IOException {
        StringBuilder tests = new StringBuilder();
        for (String name : List.of("FactLevelRulesTest", "NarrativeRulesFactTest", "MoreRulesFactTest",
                "SeriesRulesFactTest")) {
            tests.append(Files.readString(Path.of("src/test/java/io/github/disclosureauditor/rules/" + name + ".java"),
                    StandardCharsets.UTF_8));
        }
        RuleCompiler.Result built = new RuleCompiler().compile(TestSupport.RULES);
        for (RuleInfo r : built.ruleBase().rules()) {
            assertTrue(tests.indexOf("FactSession.of(\"" + r.id() + "\"") >= 0, r.id() + " has no fact-level test");
        }
    }

    @Test
    void rulesReadFactsNotTheParser() throws IOException {
        try (Stream<Path> s = Files.list(TestSupport.RULES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String drl = Files.readString(p, StandardCharsets.UTF_8);
                assertFalse(drl.contains("disclosureauditor.parse"), p.getFileName() + " reaches into the parser");
                assertFalse(drl.contains("disclosureauditor.engine"), p.getFileName() + " reaches into the engine");
            }
        }
    }
}
