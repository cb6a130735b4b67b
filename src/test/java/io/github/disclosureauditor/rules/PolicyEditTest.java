package io.github.disclosureauditor.rules;

import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.engine.RuleCompiler;
import io.github.disclosureauditor.engine.RuleEngine;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Audit policy changed by editing rules/ only: each case copies the project's rules into a
 * temporary folder, changes one figure or word of policy.drl (or a rule file), compiles that
 * folder and audits the same small document before and after.
 */
class PolicyEditTest {
    private static final String PROJECT = """
            某某市某某局
            2023年度部门决算公开
            第一部分 概况
            某某局负责相关工作。
            第二部分 情况说明
            （1）信息化建设工作经费项目，预算 100 万元，实际执行 7 万元，完成率 7%，绩效自评价结果为:优。
            """;

    private static final String SCORED = PROJECT.replace("实际执行 7 万元，完成率 7%，绩效自评价结果为:优",
            "实际执行 100 万元，完成率 100%，绩效自评价结果为:良");

    @TempDir
    Path dir;

    private Path rulesWith(String file, String from, String to) throws Exception {
        Path copy = dir.resolve("rules-" + System.nanoTime());
        Files.createDirectories(copy);
        try (Stream<Path> s = Files.list(TestSupport.RULES)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, copy.resolve(p.getFileName()));
            }
        }
        if (file != null) {
            Path target = copy.resolve(file);
            String text = Files.readString(target, StandardCharsets.UTF_8);
            assertTrue(text.contains(from), file + " has no \"" + from + "\" to change");
            Files.writeString(target, text.replace(from, to), StandardCharsets.UTF_8);
        }
        return copy;
    }

    private static List<Finding> audit(Path rules, String document) throws Exception {
        RuleEngine engine = new RuleEngine(rules);
        RuleCompiler.Result built = engine.reload();
        assertTrue(built.ok(), "rules compile: " + built.errors());
        return new Auditor(engine).audit(document.getBytes(StandardCharsets.UTF_8)).findings();
    }

    private static List<Finding> of(List<Finding> findings, String id) {
        return findings.stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    @Test
    void almostNotExecutedFromFiveToTenPercent() throws Exception {
        assertEquals(0, of(audit(rulesWith(null, null, null), PROJECT), "PERF-001").size(),
                "7% executed is not 'almost not executed' under the 5% policy");
        List<Finding> after = of(audit(rulesWith("policy.drl", "return 0.05;", "return 0.10;"), PROJECT), "PERF-001");
        assertEquals(1, after.size(), "under a 10% policy it is");
        assertEquals(Severity.HIGH, after.get(0).severity());
        assertEquals("优", after.get(0).actual());
    }

    @Test
    void ruleSeverityLowered() throws Exception {
        String zero = PROJECT.replace("实际执行 7 万元，完成率 7%", "实际执行 0 万元，完成率 0%");
        assertEquals(Severity.HIGH, of(audit(rulesWith(null, null, null), zero), "PERF-001").get(0).severity());
        Path lowered = rulesWith("performance.drl", "@id(\"PERF-001\") @severity(\"HIGH\")",
                "@id(\"PERF-001\") @severity(\"MEDIUM\")");
        assertEquals(Severity.MEDIUM, of(audit(lowered, zero), "PERF-001").get(0).severity());
    }

    @Test
    void tableAddedToATemplatesRequiredList() throws Exception {
        // A university's final account (教育部直属高校) prints four tables, no 三公 table.
        String university = Files.readString(Path.of("seeds/corpus/txt/119_swu-2023-dept-final.txt"),
                StandardCharsets.UTF_8);
        assertEquals(0, of(audit(rulesWith(null, null, null), university), "COMP-001").size());
        Path stricter = rulesWith("policy.drl",
                "return java.util.List.of(\"INCOME_EXPENSE_SUMMARY\", \"INCOME\", \"EXPENSE\", \"FISCAL_EXPENSE\");",
                "return java.util.List.of(\"INCOME_EXPENSE_SUMMARY\", \"INCOME\", \"EXPENSE\", \"FISCAL_EXPENSE\", \"THREE_PUBLIC\");");
        List<Finding> missing = of(audit(stricter, university), "COMP-001");
        assertEquals(1, missing.size());
        assertEquals("缺失", missing.get(0).actual());
        assertTrue(missing.get(0).message().contains("三公"), missing.get(0).message());
    }

    @Test
    void newNarrativeCheckAsANewFile() throws Exception {
        // The example rule of rules/README.md, dropped into the folder as a file of its own.
        String readme = Files.readString(TestSupport.RULES.resolve("README.md"), StandardCharsets.UTF_8);
        int from = readme.indexOf("rule \"NARR-011");
        String rule = readme.substring(from, readme.indexOf("end\n", from) + 4).replaceAll("(?m)^   ", "");
        Path rules = rulesWith(null, null, null);
        Files.writeString(rules.resolve("example.drl"), """
                package disclosure.rules;
                import io.github.disclosureauditor.model.Claim.Amount;
                import io.github.disclosureauditor.finding.FindingCollector;
                global FindingCollector findings;
                """ + rule, StandardCharsets.UTF_8);
        String negative = PROJECT.replace("（1）信息化建设工作经费项目", "本年支出合计 -5.00 万元。（1）信息化建设工作经费项目");
        List<Finding> found = of(audit(rules, negative), "NARR-011");
        assertEquals(1, found.size(), "the README's example rule fires on a negative amount");
        assertEquals(Severity.LOW, found.get(0).severity());
        assertEquals(0, of(audit(rules, PROJECT), "NARR-011").size());
    }

    @Test
    void newThreePublicAlias() throws Exception {
        // 公务用车运行费 4.0 against an economic table printing 30231 = 4.0 and 30299 = 3.0.
        String doc = Files.readString(Path.of("src/test/resources/fixtures/3P-004/negative.txt"), StandardCharsets.UTF_8)
                .replace("合计\t\t4.0\n30231\t公务用车运行维护费\t4.0", "合计\t\t7.0\n30231\t公务用车运行维护费\t4.0\n30299\t其他商品和服务支出\t3.0");
        assertTrue(doc.contains("30299"), "the fixture was changed");
        assertEquals(0, of(audit(rulesWith(null, null, null), doc), "3P-004").size());
        Path aliased = rulesWith("aliases.csv", "3P:CAR_RUN,ECON:30231,", "3P:CAR_RUN,ECON:30299,示例\n3P:CAR_RUN,ECON:30231,");
        List<Finding> found = of(audit(aliased, doc), "3P-004");
        assertEquals(1, found.size(), "the new alias compares 公务用车运行费 with 30299");
        assertEquals("3.0", found.get(0).expected());
        assertEquals("4.0", found.get(0).actual());
    }

    @Test
    void newIdentityBetweenTwoTables() throws Exception {
        // The project table's total is not compared with the 项目支出 of the expense table until
        // a row of identities.csv says they are the same money.
        String doc = """
                某某市某某局
                2024年部门预算公开
                第一部分 概况
                某某局负责相关工作。
                2024年部门支出总表
                单位：万元
                科目编码	科目名称	合计	基本支出	项目支出
                合计		100.00	60.00	40.00
                208	社会保障和就业支出	100.00	60.00	40.00
                2024年项目支出预算表
                单位：万元
                项目名称	金额
                合计	30.00
                信息化建设	30.00
                """;
        assertEquals(0, of(audit(rulesWith(null, null, null), doc), "CROSS-001").size());
        Path added = rulesWith("identities.csv", "ECON:*,BASIC,ALL,",
                "PROJECT,PROJECT_TABLE,ALL,=,总是,CROSS-001,项目支出表即全部资金的项目支出\nECON:*,BASIC,ALL,");
        List<Finding> found = of(audit(added, doc), "CROSS-001");
        assertEquals(1, found.size());
        assertEquals("“项目支出”在《2024年部门支出总表》中为 40.00 万元，在《2024年项目支出预算表》中为 30.00 万元，相差 10.00 万元。",
                found.get(0).message());
        assertEquals(List.of(8, 13), found.get(0).evidence().stream().map(e -> e.line()).toList());
        assertEquals(Severity.HIGH, found.get(0).severity());
    }

    @Test
    void brokenIdentityLinesFailTheBuildWithTheirLines() throws Exception {
        Path broken = rulesWith("identities.csv", "ECON:*,ORG_RUN,BASIC,=,总是,CROSS-003,",
                "ECON:*,ORG_RUN,BASIC,=,总是,CROSS-033,\n*,ALL,EVERYTHING,=,总是,CROSS-001,\n*,ALL,ALL,~,总是,CROSS-001,");
        RuleCompiler.Result built = new RuleEngine(broken).reload();
        assertTrue(!built.ok());
        List<String> errors = built.errors().stream().map(e -> e.file() + ":" + e.line() + " " + e.message()).toList();
        int line = Files.readAllLines(broken.resolve("identities.csv")).indexOf("ECON:*,ORG_RUN,BASIC,=,总是,CROSS-033,") + 1;
        assertEquals("identities.csv:" + line + " 没有编号为 CROSS-033 的规则", errors.get(0));
        assertTrue(errors.get(1).startsWith("identities.csv:" + (line + 1) + " 未知的表格口径 EVERYTHING"), errors.get(1));
        assertEquals("identities.csv:" + (line + 2) + " 关系应为 =（相等）或 ≤（甲不大于乙）：~", errors.get(2));
        assertEquals(3, errors.size());
    }

    @Test
    void brokenAliasLineFailsTheBuildWithItsLine() throws Exception {
        Path broken = rulesWith("aliases.csv", "3P:CAR_RUN,ECON:30231,", "公务用车,ECON:30231,");
        RuleCompiler.Result built = new RuleEngine(broken).reload();
        assertTrue(!built.ok());
        assertEquals("aliases.csv", built.errors().get(0).file());
        assertTrue(built.errors().get(0).line() > 1);
    }

    @Test
    void messageReworded() throws Exception {
        String doc = Files.readString(Path.of("src/test/resources/fixtures/ARITH-001/positive.txt"), StandardCharsets.UTF_8);
        Path reworded = rulesWith("arithmetic.drl", "@message(\"《{table}》{identity}（{column}列）：{label} 列示",
                "@message(\"表格《{table}》的{identity}不成立（{column}列）：{label} 列示");
        List<Finding> before = of(audit(rulesWith(null, null, null), doc), "ARITH-001");
        List<Finding> after = of(audit(reworded, doc), "ARITH-001");
        assertTrue(!before.isEmpty());
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertTrue(after.get(i).message().startsWith("表格《"), after.get(i).message());
            assertEquals(before.get(i).message().replaceFirst("^《", "表格《").replaceFirst("》(.*?)（", "》的$1不成立（"),
                    after.get(i).message());
        }
    }

    @Test
    void messagePlaceholderWithoutValueIsReported() throws Exception {
        String doc = Files.readString(Path.of("src/test/resources/fixtures/ARITH-001/positive.txt"), StandardCharsets.UTF_8);
        Path broken = rulesWith("arithmetic.drl", "相差 {diff} 万元。\")", "相差 {difference} 万元。\")");
        RuleEngine engine = new RuleEngine(broken);
        assertTrue(engine.reload().ok());
        Auditor.Result r = new Auditor(engine).audit(doc.getBytes(StandardCharsets.UTF_8));
        assertTrue(of(r.findings(), "ARITH-001").get(0).message().contains("{difference}"));
        assertEquals("消息模板中的 {difference} 没有对应的值", r.ruleErrors().get("ARITH-001"));
    }

    @Test
    void severityBandsAreRulePolicy() throws Exception {
        // A stated completion rate 2 points off: MEDIUM under the 0.5–5 point band, HIGH once
        // the HIGH band starts at 1 point.
        String off = SCORED.replace("完成率 100%", "完成率 98%");
        assertEquals(Severity.MEDIUM, of(audit(rulesWith(null, null, null), off), "PERF-002").get(0).severity());
        Path stricter = rulesWith("policy.drl", "return p >= 5 ? Severity.HIGH", "return p >= 1 ? Severity.HIGH");
        assertEquals(Severity.HIGH, of(audit(stricter, off), "PERF-002").get(0).severity());
    }
}
