package io.github.disclosureauditor.engine;

import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.audit.Auditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleEngineTest {
    private static final String HEADER = """
            package disclosure.rules;
            import io.github.disclosureauditor.facts.DocInfo;
            import io.github.disclosureauditor.finding.FindingCollector;
            global FindingCollector findings;
            """;

    @Test
    void brokenEditKeepsTheLastGoodRuleBaseAndReportsFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.drl");
        Files.writeString(file, HEADER + """
                rule "T-1" @id("T-1") @severity("LOW") @category("POLICY") @title("测试")
                when DocInfo() then findings.of(drools.getRule()).line(1).add(); end
                """, StandardCharsets.UTF_8);
        RuleEngine engine = new RuleEngine(dir);
        assertTrue(engine.reload().ok());
        RuleBase good = engine.current();
        Files.writeString(file, HEADER + """
                rule "T-1" @id("T-1") @severity("LOW") @category("POLICY") @title("测试")
                when DocInfo( nosuchfield == 1 ) then findings.of(drools.getRule()).add(); end
                """, StandardCharsets.UTF_8);
        RuleCompiler.Result r = engine.reload();
        assertFalse(r.ok());
        assertSame(good, engine.current(), "a failed build must not replace the rule base");
        assertEquals("a.drl", r.errors().get(0).file());
        assertTrue(r.errors().get(0).line() > 0, "errors carry a line number");
        assertFalse(engine.lastFailure().errors().isEmpty());
    }

    @Test
    void missingMetadataIsACompileError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.drl"), HEADER + """
                rule "no-meta" @id("X-1")
                when DocInfo() then findings.of(drools.getRule()).add(); end
                """, StandardCharsets.UTF_8);
        RuleCompiler.Result r = new RuleCompiler().compile(dir);
        assertFalse(r.ok());
        assertTrue(r.errors().stream().anyMatch(e -> e.message().contains("@severity")), r.errors().toString());
    }

    @Test
    void aRuleThatThrowsLosesOnlyItsOwnFindings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("c.drl"), HEADER + """
                rule "boom" @id("T-2") @severity("LOW") @category("POLICY") @title("出错")
                when DocInfo() then Object o = null; o.toString(); end
                rule "fine" @id("T-3") @severity("LOW") @category("POLICY") @title("正常")
                when DocInfo() then findings.of(drools.getRule()).line(1).add(); end
                """, StandardCharsets.UTF_8);
        RuleEngine engine = new RuleEngine(dir);
        assertTrue(engine.reload().ok());
        Auditor.Result r = new Auditor(engine).audit("测试文档\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, r.findings().size());
        assertEquals("T-3", r.findings().get(0).ruleId());
        assertNotNull(r.ruleErrors().get("boom"));
    }

    @Test
    void projectRulesCompile() {
        RuleCompiler.Result r = new RuleCompiler().compile(TestSupport.RULES);
        assertTrue(r.ok(), () -> r.errors().toString());
        assertTrue(r.ruleBase().rules().size() >= 30);
    }

    private static java.util.List<String> errors(RuleCompiler.Result r) {
        return r.errors().stream().map(e -> e.file() + ":" + e.line() + " " + e.message()).toList();
    }

    @Test
    void errorsPointAtTheLineToChange(@TempDir Path dir) throws IOException {
        // Header lines 1-4; the rule starts on line 5; the bad call is on line 9.
        Files.writeString(dir.resolve("d.drl"), HEADER + """
                rule "T-4"
                    @id("T-4") @severity("LOW") @category("POLICY") @title("测试")
                when
                    $d : DocInfo()
                then
                    findings.of(drools.getRule()).with("u", $d.unitz()).add();
                end
                """, StandardCharsets.UTF_8);
        java.util.List<String> consequence = errors(new RuleCompiler().compile(dir));
        assertEquals(1, consequence.size(), consequence.toString());
        assertTrue(consequence.get(0).startsWith("d.drl:10 "), consequence.toString());
        assertTrue(consequence.get(0).contains("unitz()"), consequence.toString());

        Files.writeString(dir.resolve("d.drl"), HEADER + """
                rule "T-4"
                    @id("T-4") @severity("LOW") @category("POLICY") @title("测试")
                when
                    DocInfo(
                then end
                """, StandardCharsets.UTF_8);
        java.util.List<String> syntax = errors(new RuleCompiler().compile(dir));
        assertEquals(1, syntax.size(), "no 'Parser returned a null Package' echo: " + syntax);
        assertTrue(syntax.get(0).startsWith("d.drl:9 "), syntax.toString());

        Files.writeString(dir.resolve("d.drl"), HEADER + """
                rule "T-4"
                    @id("T-4") @severity("SEVERE") @category("POLICY") @title("测试")
                when DocInfo() then findings.of(drools.getRule()).add(); end

                rule "T-5"
                    @id("T-4") @severity("LOW") @category("POLICY") @title("测试")
                when DocInfo() then findings.of(drools.getRule()).add(); end
                """, StandardCharsets.UTF_8);
        assertEquals(java.util.List.of(
                "d.drl:6 规则 \"T-4\" 的 @severity 无效：SEVERE（应为 HIGH、MEDIUM、LOW 或 INFO）",
                "d.drl:10 规则 \"T-5\" 的 @id 重复：T-4"), errors(new RuleCompiler().compile(dir)));
    }

    @Test
    void failedBuildsUseUpNoVersionNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("e.drl");
        String good = HEADER + """
                rule "T-6" @id("T-6") @severity("LOW") @category("POLICY") @title("测试")
                when DocInfo() then findings.of(drools.getRule()).add(); end
                """;
        Files.writeString(file, good, StandardCharsets.UTF_8);
        RuleEngine engine = new RuleEngine(dir);
        assertEquals(1, engine.reload().ruleBase().version());
        Files.writeString(file, good.replace("DocInfo()", "DocInfo( nosuch == 1 )"), StandardCharsets.UTF_8);
        assertFalse(engine.reload().ok());
        assertFalse(engine.reload().ok());
        Files.writeString(file, good, StandardCharsets.UTF_8);
        assertEquals(2, engine.reload().ruleBase().version(), "the next good build is the next version");
    }
}
