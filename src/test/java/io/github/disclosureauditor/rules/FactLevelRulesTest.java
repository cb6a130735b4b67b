package io.github.disclosureauditor.rules;

import io.github.disclosureauditor.facts.SumCheck;
import io.github.disclosureauditor.finding.Evidence;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.finding.Severity;
import io.github.disclosureauditor.model.Claim;
import io.github.disclosureauditor.model.SourceSpan;
import io.github.disclosureauditor.model.TextFlag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules tested on facts inserted directly, on both sides of each tolerance and threshold: the
 * exact rule, severity, stated and expected values and cited lines. Whole-document fixtures
 * (RuleFixturesTest) cover reading and rules together.
 */
class FactLevelRulesTest {
    private static SumCheck total(double stated, double computed, int parts, boolean ambiguous) {
        return new SumCheck("COLUMN_TOTAL", 1, "EXPENSE", "支出总表", "合计", "合计", stated, computed, parts, 2, 20,
                List.of(25, 27), ambiguous, "合计行与各行之和");
    }

    private static List<Integer> lines(Finding f) {
        return f.evidence().stream().map(Evidence::line).toList();
    }

    @Test
    void sumBeyondOneUnitPerPartIsAMismatch() {
        // Two parts printed with two decimals: 0.02 is rounding, 0.03 is not.
        List<Finding> beyond = FactSession.of("ARITH-001", total(100.00, 100.03, 2, false));
        assertEquals(1, beyond.size());
        Finding f = beyond.get(0);
        assertEquals(Severity.LOW, f.severity(), "0.03 万元 on 100 is below the MEDIUM band");
        assertEquals("100.03", f.expected());
        assertEquals("100.00", f.actual());
        assertEquals(List.of(20, 25, 27), lines(f), "the total and each part");
        assertEquals("《支出总表》合计行与各行之和（合计列）：合计 列示 100.00 万元，2 个分项合计 100.03 万元，相差 0.03 万元。",
                f.message());
        assertEquals(0, FactSession.of("ARITH-001", total(100.00, 100.02, 2, false)).size());
        List<Finding> tail = FactSession.of("ROUND-001", total(100.00, 100.02, 2, false));
        assertEquals(1, tail.size());
        assertEquals(Severity.INFO, tail.get(0).severity());
        assertEquals(0, FactSession.of("ROUND-001", total(100.00, 100.00, 2, false)).size(), "exact is no tail");
    }

    @Test
    void amountSeverityBands() {
        assertEquals(Severity.MEDIUM, FactSession.of("ARITH-001", total(100.00, 101.00, 2, false)).get(0).severity(),
                "1 万元 is MEDIUM");
        assertEquals(Severity.LOW, FactSession.of("ARITH-001", total(1000.00, 1000.99, 2, false)).get(0).severity(),
                "0.99 万元 on 1000 is LOW");
        assertEquals(Severity.HIGH, FactSession.of("ARITH-001", total(100.00, 105.00, 2, false)).get(0).severity(),
                "5% is HIGH");
        assertEquals(Severity.MEDIUM, FactSession.of("ARITH-001", total(1000.00, 1009.99, 2, false)).get(0).severity(),
                "9.99 万元 on 1000 (1.0%) is MEDIUM");
    }

    @Test
    void uncertainAlignmentIsLowOnly() {
        assertEquals(0, FactSession.of("ARITH-001", total(100.00, 150.00, 2, true)).size());
        List<Finding> low = FactSession.of("ARITH-004", total(100.00, 150.00, 2, true));
        assertEquals(1, low.size());
        assertEquals(Severity.LOW, low.get(0).severity());
    }

    private static Claim.ProjectEval eval(double budget, double actual, String rating, double score) {
        return new Claim.ProjectEval("信息化项目", budget, actual, Double.NaN, rating, !rating.isEmpty(), score,
                "narrative", "信息化项目……", new SourceSpan(30, 30));
    }

    @Test
    void almostNotExecutedBoundary() {
        List<Finding> below = FactSession.of("PERF-001", eval(100, 4.99, "优", Double.NaN));
        assertEquals(1, below.size());
        assertEquals(Severity.HIGH, below.get(0).severity());
        assertEquals("优", below.get(0).actual());
        assertEquals(30, below.get(0).evidence().get(0).line());
        assertEquals(0, FactSession.of("PERF-001", eval(100, 5.00, "优", Double.NaN)).size(), "5% is executed enough");
        assertEquals(0, FactSession.of("PERF-001", eval(100, 0, "中", Double.NaN)).size(), "only 优/良 are contradicted");
        // A rating not printed is read from the score bands.
        assertEquals("良", FactSession.of("PERF-001", eval(100, 0, "", 80)).get(0).actual());
        assertEquals(0, FactSession.of("PERF-001", eval(100, 0, "", 79.9)).size());
    }

    @Test
    void ratingAgainstScoreBands() {
        List<Finding> wrong = FactSession.of("PERF-003", eval(100, 100, "良", 90));
        assertEquals(1, wrong.size());
        assertEquals("优", wrong.get(0).expected());
        assertEquals("良", wrong.get(0).actual());
        assertEquals(0, FactSession.of("PERF-003", eval(100, 100, "良", 89.9)).size());
        assertEquals(0, FactSession.of("PERF-003", eval(100, 100, "", 50)).size(), "no printed rating to contradict");
    }

    private static Claim.Rate rate(String subject, double budget, double actual, double percent, int line) {
        return new Claim.Rate(subject, subject, budget, Double.isNaN(budget) ? 0 : 2, actual, 2, percent, 1, "……",
                new SourceSpan(line, line));
    }

    @Test
    void completionRateAgainstAZeroBudget() {
        // Total budget 12: 运行 4 at 100% and 接待 3 at 37.5% account for all of it (4 + 8).
        Object[] facts = {rate("3P:TOTAL", 12, 7, 58.3, 4), rate("3P:ABROAD", Double.NaN, 0, 0, 4),
            rate("3P:CAR_RUN", Double.NaN, 4, 100, 4), rate("3P:RECEPTION", Double.NaN, 3, 37.5, 4)};
        List<Finding> found = FactSession.of("3P-006", facts);
        assertEquals(1, found.size());
        assertEquals(Severity.LOW, found.get(0).severity());
        assertEquals("0.0%", found.get(0).actual());
        assertEquals("说明称“因公出国(境)费”决算 0.00 万元，“完成年初预算的 0%”；但“三公”经费年初预算 12.00 万元 "
                + "已全部由其他各项的决算和完成率推算出（约 12.00 万元），该项年初预算为 0，完成率无从计算，不宜写作 0%。",
                found.get(0).message());
        assertEquals(4, found.get(0).evidence().get(0).line());
        // With a total budget of 13, 1 万元 is left for the item: its 0% is right.
        facts[0] = rate("3P:TOTAL", 13, 7, 53.8, 4);
        assertEquals(0, FactSession.of("3P-006", facts).size());
    }

    private static io.github.disclosureauditor.facts.Quantity q(String key, double value, String scope, int table,
                                                               String family, int line) {
        return new io.github.disclosureauditor.facts.Quantity(key, value, 2, scope, table, family, "表" + table, key,
                line, line, false);
    }

    private static io.github.disclosureauditor.facts.DocInfo doc(String kind, boolean singleFund) {
        return new io.github.disclosureauditor.facts.DocInfo("某局", 2024, kind, singleFund,
                java.util.Set.of("EXPENSE", "GPB_EXPENSE"), 8, "LOCAL_BUDGET", "UNKNOWN");
    }

    @Test
    void sameFigureInTwoTablesOnlyWithinOneScope() {
        Object[] same = {doc("BUDGET", false), q("FUNC:201", 100.00, "ALL", 1, "EXPENSE", 40),
            q("FUNC:201", 100.02, "ALL", 3, "EXPENSE", 90)};
        List<Finding> found = FactSession.of("CROSS-001", same);
        assertEquals(1, found.size());
        assertEquals(Severity.LOW, found.get(0).severity(), "0.02 万元 is below the MEDIUM band");
        assertEquals("100.00", found.get(0).expected());
        assertEquals("100.02", found.get(0).actual());
        assertEquals(List.of(40, 90), lines(found.get(0)));
        assertEquals("“一般公共服务支出”在《表1》中为 100.00 万元，在《表3》中为 100.02 万元，相差 0.02 万元。",
                found.get(0).message());
        assertEquals(0, FactSession.of("CROSS-001", doc("BUDGET", false), q("FUNC:201", 100.00, "ALL", 1, "EXPENSE", 40),
                q("FUNC:201", 100.01, "ALL", 3, "EXPENSE", 90)).size(), "one unit of the last digit is rounding");
        // All funds against 一般公共预算: different money unless the department has one fund only.
        Object[] scopes = {doc("BUDGET", false), q("FUNC:201", 100.00, "ALL", 1, "EXPENSE", 40),
            q("FUNC:201", 90.00, "GPB", 5, "GPB_EXPENSE", 120)};
        assertEquals(0, FactSession.of("CROSS-001", scopes).size());
        scopes[0] = doc("BUDGET", true);
        assertEquals(Severity.HIGH, FactSession.of("CROSS-001", scopes).get(0).severity());
        // The rows of identities.csv name the scopes: a 政府性基金 table is never the all-funds one,
        // and the table order does not matter for "=".
        assertEquals(0, FactSession.of("CROSS-001", doc("BUDGET", true), q("FUNC:201", 100.00, "ALL", 1, "EXPENSE", 40),
                q("FUNC:201", 90.00, "GOV_FUND", 5, "GOV_FUND", 120)).size());
        List<Finding> reversed = FactSession.of("CROSS-001", doc("BUDGET", true), q("FUNC:201", 90.00, "GPB", 1, "GPB_EXPENSE", 40),
                q("FUNC:201", 100.00, "ALL", 3, "EXPENSE", 90));
        assertEquals("“一般公共服务支出”在《表1》中为 90.00 万元，在《表3》中为 100.00 万元，相差 10.00 万元。",
                reversed.get(0).message());
    }

    @Test
    void threePublicItemAgainstItsEconomicLine() {
        Object[] facts = {doc("BUDGET", false), q("3P:RECEPTION", 5.00, "BUDGET", 8, "THREE_PUBLIC", 200),
            new io.github.disclosureauditor.facts.KeyAlias("3P:RECEPTION", "ECON:30217"),
            q("ECON:30217", 4.00, "ALL", 6, "ECON_SUMMARY", 150)};
        List<Finding> found = FactSession.of("3P-004", facts);
        assertEquals(1, found.size());
        assertEquals(Severity.MEDIUM, found.get(0).severity(), "capped by @severity");
        assertEquals("4.00", found.get(0).expected());
        assertEquals("5.00", found.get(0).actual());
        // Against a basic-only economic table the 三公 item may be larger (it includes projects).
        facts[3] = q("ECON:30217", 4.00, "BASIC", 6, "GPB_BASIC", 150);
        assertEquals(0, FactSession.of("3P-004", facts).size());
        facts[3] = q("ECON:30217", 5.01, "ALL", 6, "ECON_SUMMARY", 150);
        assertEquals(0, FactSession.of("3P-004", facts).size(), "within one unit");
    }

    @Test
    void requiredTablesPerTemplate() {
        io.github.disclosureauditor.facts.DocInfo university = new io.github.disclosureauditor.facts.DocInfo("某大学", 2023,
                "FINAL_ACCOUNT", false, java.util.Set.of("INCOME_EXPENSE_SUMMARY", "INCOME", "EXPENSE"), 3,
                "UNIVERSITY", "CENTRAL");
        List<Finding> found = FactSession.of("COMP-001", university);
        assertEquals(1, found.size(), "a university prints four tables");
        assertTrue(found.get(0).message().contains("财政拨款支出"), found.get(0).message());
        io.github.disclosureauditor.facts.DocInfo page = new io.github.disclosureauditor.facts.DocInfo("某局", 2023,
                "FINAL_ACCOUNT", false, java.util.Set.of("THREE_PUBLIC"), 3, "THREE_PUBLIC_PAGE", "UNKNOWN");
        assertEquals(0, FactSession.of("COMP-001", page).size(), "a 三公-only page is not held to a template");
    }

    private static Claim.Amount amount(String subject, double value, int line) {
        return new Claim.Amount(subject, subject, List.of(), io.github.disclosureauditor.model.FundScope.ALL,
                io.github.disclosureauditor.model.Basis.CURRENT, value, 2, "……", new SourceSpan(line, line));
    }

    @Test
    void narrativeTotalsThatDisagree() {
        List<Finding> found = FactSession.of("NARR-010", amount("INCOME_TOTAL", 4125.49, 10),
                amount("EXPENSE_TOTAL", 4143.91, 11));
        assertEquals(1, found.size());
        assertEquals(Severity.MEDIUM, found.get(0).severity());
        assertEquals(List.of(10), found.get(0).evidence().stream().map(Evidence::line).toList().subList(0, 1));
        assertEquals(0, FactSession.of("NARR-010", amount("INCOME_TOTAL", 4125.49, 10),
                amount("EXPENSE_TOTAL", 4125.50, 11)).size(), "half a unit each side is rounding");
        assertEquals(0, FactSession.of("NARR-010", amount("INCOME_TOTAL", 4125.49, 10),
                amount("EXPENSE_TOTAL", 4143.91, 20)).size(), "lines apart: not one statement");
    }

    private static Claim.Change change(String subject, double current, double delta, io.github.disclosureauditor.model.Basis basis) {
        return new Claim.Change(subject, subject, io.github.disclosureauditor.model.FundScope.ALL, basis, current, 2,
                current - delta, 2, delta, 2, true, true, Double.NaN, 0, false, "……", new SourceSpan(50, 50));
    }

    @Test
    void threePublicRaisedOnlyInABudget() {
        Object budgetRise = change("3P:TOTAL", 12.00, 2.00, io.github.disclosureauditor.model.Basis.PRIOR);
        List<Finding> found = FactSession.of("3P-003", doc("BUDGET", false), budgetRise);
        assertEquals(1, found.size());
        assertEquals("+2.00", found.get(0).actual());
        assertEquals(0, FactSession.of("3P-003", doc("FINAL_ACCOUNT", false), budgetRise).size());
        assertEquals(0, FactSession.of("3P-003", doc("BUDGET", false),
                change("3P:TOTAL", 12.00, 2.00, io.github.disclosureauditor.model.Basis.BUDGET)).size(),
                "a change against this year's budget is no year-on-year rise");
    }

    @Test
    void projectCountAgainstTheListedProjects() {
        Claim.Count said = new Claim.Count("PROJECTS", 5, "项目共 5 个", new SourceSpan(12, 12));
        List<Finding> found = FactSession.of("COUNT-001", said,
                new io.github.disclosureauditor.facts.ProjectList("PERF_SELF_EVAL", 4, 300, List.of(300, 340)));
        assertEquals(1, found.size());
        assertEquals("4", found.get(0).expected());
        assertEquals("5", found.get(0).actual());
        assertEquals("说明称项目 5 个，而PERF_SELF_EVAL列示 4 个项目。", found.get(0).message());
        assertEquals(0, FactSession.of("COUNT-001", said,
                new io.github.disclosureauditor.facts.ProjectList("PERF_SELF_EVAL", 5, 300, List.of(300))).size());
    }

    @Test
    void misreadTableReportedOnce() {
        io.github.disclosureauditor.facts.TableInfo misread = new io.github.disclosureauditor.facts.TableInfo(3,
                "EXPENSE", "支出总表", 100, 140, true, 30, "ALL", 12, 5, true, "读取后表内 12 项勾稽关系中有 7 项不成立");
        List<Finding> found = FactSession.of("READ-001", misread);
        assertEquals(1, found.size());
        assertEquals(Severity.LOW, found.get(0).severity());
        assertEquals("5/12 成立", found.get(0).actual());
        assertEquals("《支出总表》读取后表内 12 项勾稽关系中有 7 项不成立；该表的数字不参与核对，请对照原文人工查看。",
                found.get(0).message());
        assertEquals(100, found.get(0).evidence().get(0).line());
        io.github.disclosureauditor.facts.TableInfo fine = new io.github.disclosureauditor.facts.TableInfo(3,
                "EXPENSE", "支出总表", 100, 140, true, 30, "ALL", 12, 12, false, "");
        assertEquals(0, FactSession.of("READ-001", fine).size());
    }

    @Test
    void templateInstructionLeftIn() {
        TextFlag flag = new TextFlag("INSTRUCTION", "（按“部门预算公开06表”中实际发生经济分类支出事项填写）",
                new SourceSpan(323, 324));
        List<Finding> found = FactSession.of("COMP-006", flag);
        assertEquals(1, found.size());
        assertEquals(Severity.LOW, found.get(0).severity());
        assertTrue(found.get(0).message().contains("按“部门预算公开06表”"));
        assertEquals(323, found.get(0).evidence().get(0).line());
        assertEquals(324, found.get(0).evidence().get(0).endLine());
    }
}
