package io.github.disclosureauditor.rules;

import io.github.disclosureauditor.facts.DocInfo;
import io.github.disclosureauditor.facts.PartOfWhole;
import io.github.disclosureauditor.facts.InputIssue;
import io.github.disclosureauditor.facts.ProjectList;
import io.github.disclosureauditor.facts.Quantity;
import io.github.disclosureauditor.facts.SumCheck;
import io.github.disclosureauditor.facts.UnresolvedSubject;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.finding.Severity;
import io.github.disclosureauditor.model.Basis;
import io.github.disclosureauditor.model.Claim;
import io.github.disclosureauditor.model.FundScope;
import io.github.disclosureauditor.model.SourceSpan;
import io.github.disclosureauditor.model.TextFlag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The remaining table, completeness, count, 三公, performance and percent-sum rules on facts inserted directly. */
class MoreRulesFactTest {
    private static DocInfo doc(String kind, Set<String> families, int tables, String template) {
        return new DocInfo("某局", 2024, kind, false, families, tables, template, "UNKNOWN");
    }

    private static SumCheck check(String kind, double stated, double computed) {
        return new SumCheck(kind, 1, "INCOME_EXPENSE_SUMMARY", "收支总表", "支出总计", "金额", stated, computed, 3, 2, 30,
                List.of(12, 18), false, kind.equals("BALANCE") ? "支出总计 = 本年支出合计 + 年末结转和结余" : "合计 = 基本支出 + 项目支出");
    }

    @Test
    void rowIdentityAndBalance() {
        List<Finding> row = FactSession.of("ARITH-002", check("ROW_IDENTITY", 100.00, 100.04));
        assertEquals(1, row.size());
        assertEquals("《收支总表》“支出总计”行不满足 合计 = 基本支出 + 项目支出：金额 列示 100.00 万元，各列合计 100.04 万元。",
                row.get(0).message());
        assertEquals(0, FactSession.of("ARITH-002", check("ROW_IDENTITY", 100.00, 100.03)).size(), "3 parts, 0.03");
        List<Finding> balance = FactSession.of("ARITH-003", check("BALANCE", 912.63, 812.63));
        assertEquals(Severity.HIGH, balance.get(0).severity());
        assertEquals("《收支总表》不满足 支出总计 = 本年支出合计 + 年末结转和结余（金额）：“支出总计”列示 912.63 万元，"
                + "按关系应为 812.63 万元，相差 100.00 万元。", balance.get(0).message());
    }

    @Test
    void completenessChecks() {
        TextFlag annex = new TextFlag("ANNEX:PERF_TARGET", "绩效目标表见附件", new SourceSpan(40, 40));
        assertEquals(1, FactSession.of("COMP-002", doc("BUDGET", Set.of("EXPENSE"), 8, "LOCAL_BUDGET"), annex).size());
        assertEquals(0, FactSession.of("COMP-002", doc("BUDGET", Set.of("PERF_TARGET"), 8, "LOCAL_BUDGET"), annex).size());
        List<Finding> unfilled = FactSession.of("COMP-003", new TextFlag("UNFILLED", "主要原因是。", new SourceSpan(9, 9)));
        assertEquals("说明中有未填写的模板文字：“主要原因是。”。", unfilled.get(0).message());
        // No tables: LOW for a full disclosure, a note for a text-only template.
        assertEquals(Severity.LOW, FactSession.of("COMP-004", doc("BUDGET", Set.of(), 0, "LOCAL_BUDGET")).get(0).severity());
        assertEquals(Severity.INFO, FactSession.of("COMP-004", doc("FINAL_ACCOUNT", Set.of(), 0, "THREE_PUBLIC_PAGE"))
                .get(0).severity());
        List<Finding> unreadable = FactSession.of("COMP-005", doc("BUDGET", Set.of(), 0, "NARRATIVE_ONLY"),
                new InputIssue("UNREADABLE", "PDF 没有文字层（扫描件）"));
        assertEquals(Severity.HIGH, unreadable.get(0).severity());
        assertEquals("PDF 没有文字层（扫描件）。未进行审核，请提供带文字层的 PDF、Word/Excel 原件或文本。",
                unreadable.get(0).message());
        assertEquals(0, FactSession.of("COMP-004", doc("BUDGET", Set.of(), 0, "LOCAL_BUDGET"),
                new InputIssue("UNREADABLE", "扫描件")).size(), "an unreadable document is not said to lack tables");
    }

    @Test
    void ratingCountsAgainstTheProjectCount() {
        Claim.Count total = new Claim.Count("PROJECTS", 10, "共 10 个项目", new SourceSpan(50, 50));
        List<Finding> found = FactSession.of("COUNT-002", total,
                new Claim.Count("RATING:优", 6, "6 个项目自评为优", new SourceSpan(51, 51)),
                new Claim.Count("RATING:良", 3, "3 个项目自评为良", new SourceSpan(51, 51)));
        assertEquals("说明称共 10 个项目，但各评价等级的项目数合计为 9 个。", found.get(0).message());
        assertEquals(0, FactSession.of("COUNT-002", total,
                new Claim.Count("RATING:优", 7, "7 个项目自评为优", new SourceSpan(51, 51)),
                new Claim.Count("RATING:良", 3, "3 个项目自评为良", new SourceSpan(51, 51))).size());
        assertEquals(0, FactSession.of("COUNT-001", total, new ProjectList("PERF_SELF_EVAL", 10, 300, List.of(300))).size());
    }

    private static Quantity q(String key, double value, String scope, int table, String title, int line) {
        return new Quantity(key, value, 2, scope, table, "X", title, "办公费", line, line, false);
    }

    @Test
    void economicLinesBetweenTables() {
        DocInfo budget = doc("BUDGET", Set.of(), 8, "LOCAL_BUDGET");
        List<Finding> exceeds = FactSession.of("CROSS-002", budget, q("ECON:30201", 12.00, "BASIC", 6, "基本支出表", 60),
                q("ECON:30201", 10.00, "ALL", 7, "经济分类汇总表", 70));
        assertEquals(1, exceeds.size());
        assertEquals("≥ 12.00", exceeds.get(0).expected());
        assertEquals(0, FactSession.of("CROSS-002", budget, q("ECON:30201", 10.00, "BASIC", 6, "基本支出表", 60),
                q("ECON:30201", 12.00, "ALL", 7, "经济分类汇总表", 70)).size(), "the summary holds projects too");
        List<Finding> running = FactSession.of("CROSS-003", budget, q("ECON:30201", 9.00, "ORG_RUN", 9, "机关运行经费表", 90),
                q("ECON:30201", 10.00, "BASIC", 6, "基本支出表", 60));
        assertEquals("经济科目 30201（办公费）在《机关运行经费表》中为 9.00 万元，在《基本支出表》中为 10.00 万元。",
                running.get(0).message());
        List<Finding> tail = FactSession.of("ROUND-002", budget,
                q("EXPENSE", 100.00, "ALL", 1, "收支总表", 10), q("EXPENSE", 100.01, "ALL", 3, "支出总表", 30));
        assertEquals(Severity.INFO, tail.get(0).severity());
    }

    private static Claim.Rate rate(String subject, double budget, double actual) {
        return new Claim.Rate(subject, subject, budget, 2, actual, 2, 100 * actual / budget, 2, "……",
                new SourceSpan(70, 70));
    }

    @Test
    void threePublicOverBudget() {
        List<Finding> tables = FactSession.of("3P-001", q("3P:RECEPTION", 5.01, "FINAL", 8, "三公表", 80),
                q("3P:RECEPTION", 5.00, "BUDGET", 8, "三公表", 80));
        assertEquals(0, tables.size(), "one unit is rounding");
        tables = FactSession.of("3P-001", q("3P:RECEPTION", 6.00, "FINAL", 8, "三公表", 80),
                q("3P:RECEPTION", 5.00, "BUDGET", 8, "三公表", 80));
        assertEquals("《三公表》中“公务接待费”决算 6.00 万元 超过预算 5.00 万元，控制率 120.00%（应 ≤ 100%）。",
                tables.get(0).message());
        assertEquals(1, FactSession.of("3P-002", rate("3P:TOTAL", 10.00, 10.01)).size());
        assertEquals(0, FactSession.of("3P-002", rate("3P:TOTAL", 10.00, 10.00)).size());
        Claim.Change overBudget = new Claim.Change("3P:TOTAL", "“三公”经费", FundScope.ALL, Basis.BUDGET, 12.00, 2,
                Double.NaN, 0, 2.00, 2, true, true, Double.NaN, 0, false, "……", new SourceSpan(75, 75));
        assertEquals(1, FactSession.of("3P-005", doc("FINAL_ACCOUNT", Set.of(), 3, "THREE_PUBLIC_PAGE"), overBudget).size());
        assertEquals(0, FactSession.of("3P-005", doc("BUDGET", Set.of(), 8, "LOCAL_BUDGET"), overBudget).size());
    }

    private static Claim.ProjectEval eval(double budget, double actual, double statedRate) {
        return new Claim.ProjectEval("信息化项目", budget, actual, statedRate, "", false, Double.NaN, "table", "……",
                new SourceSpan(100, 101));
    }

    @Test
    void performanceRatesAndTargets() {
        List<Finding> wrong = FactSession.of("PERF-002", eval(170, 0, 100));
        assertEquals(Severity.HIGH, wrong.get(0).severity());
        assertEquals("项目“信息化项目”预算 170.00 万元，实际执行 0.00 万元，完成率应为 0.00%，但列示为 100.00%。",
                wrong.get(0).message());
        assertEquals(0, FactSession.of("PERF-002", eval(170, 85, 50.0)).size());
        Claim.Count none = new Claim.Count("PERF_TARGET_PROJECTS", 0, "共 0 个项目实行绩效目标管理", new SourceSpan(5, 5));
        List<Finding> targets = FactSession.of("PERF-004", none, q("PROJECT", 300.00, "ALL", 3, "支出总表", 30));
        assertEquals(Severity.LOW, targets.get(0).severity());
        assertEquals(0, FactSession.of("PERF-004", none, q("PROJECT", 0.00, "ALL", 3, "支出总表", 30)).size());
    }

    private static Claim.Share share(String subject, double percent, int group) {
        return new Claim.Share(subject, subject, Double.NaN, 2, 912.63, 2, "EXPENSE", false, percent, 1, group, "……",
                new SourceSpan(90, 90));
    }

    @Test
    void sharesOfOneBreakdown() {
        List<Finding> over = FactSession.of("PCT-001", share("BASIC", 97.8, 1), share("PROJECT", 3.2, 1));
        assertEquals(1, over.size());
        assertEquals("以 912.63 万元 为基数的 2 项占比合计为 101.0%，应为 100%。", over.get(0).message());
        assertEquals(Severity.MEDIUM, over.get(0).severity());
        List<Finding> tail = FactSession.of("ROUND-005", share("BASIC", 97.8, 1), share("PROJECT", 2.3, 1));
        assertEquals(1, tail.size(), "100.1% is within two half-units");
        assertEquals(0, FactSession.of("PCT-001", share("BASIC", 97.8, 1), share("PROJECT", 2.3, 1)).size());
    }

    private static Claim.Share funcShare(String subject, double part, double percent) {
        return new Claim.Share(subject, subject, part, 2, 912.63, 2, "EXPENSE", true, percent, 2, 4, "……",
                new SourceSpan(95, 95));
    }

    @Test
    void breakdownOmittingAClass() {
        // 208 and 210 are said to make 84.18% of 912.63; the tables also print 221 at 70.88.
        Object[] facts = {funcShare("FUNC:208", 704.73, 77.22), funcShare("FUNC:210", 63.53, 6.96),
            q("FUNC:221", 70.88, "ALL", 3, "支出总表", 40)};
        List<Finding> found = FactSession.of("PCT-002", facts);
        assertEquals(1, found.size());
        assertEquals("说明列出的功能分类占比合计 84.18%，未提及《支出总表》中的“住房保障支出” 70.88 万元（约占 7.77%）。",
                found.get(0).message());
        assertEquals(Severity.MEDIUM, found.get(0).severity(), "7.77 points, capped by @severity");
        facts[2] = q("FUNC:221", 0.00, "ALL", 3, "支出总表", 40);
        assertEquals(0, FactSession.of("PCT-002", facts).size(), "a class printed as zero is no omission");
    }

    private static Claim.Share ofNamedWhole(double part, double percent, int pd) {
        return new Claim.Share("3P:RECEPTION", "公务接待费", part, 2, Double.NaN, 0, "3P:TOTAL", true, percent, pd, 5, "……",
                new SourceSpan(110, 110));
    }

    @Test
    void shareOfAWholeNamedInTheTables() {
        Quantity total = q("3P:TOTAL", 10.00, "BUDGET", 8, "三公表", 80);
        List<Finding> wrong = FactSession.of("NARR-009", ofNamedWhole(3.10, 40.0, 1), total);
        assertEquals(1, wrong.size());
        assertEquals("31.00%", wrong.get(0).expected());
        assertEquals(Severity.HIGH, wrong.get(0).severity(), "9 points");
        assertEquals(0, FactSession.of("NARR-009", ofNamedWhole(3.10, 31.0, 1), total).size());
        List<Finding> tail = FactSession.of("ROUND-008", ofNamedWhole(3.10, 31.01, 2), total);
        assertEquals(1, tail.size(), "one unit of two printed decimals");
        assertEquals(Severity.INFO, tail.get(0).severity());
        assertEquals(0, FactSession.of("NARR-009", ofNamedWhole(3.10, 31.01, 2), total).size());
    }

    @Test
    void subjectNotInTheTables() {
        Claim.Amount path = new Claim.Amount("PATH:类=社会保障和就业支出/款=其他", "社会保障和就业支出（类）其他（款）",
                List.of("类=社会保障和就业支出", "款=其他"), FundScope.ALL, Basis.CURRENT, 24.31, 2, "……", new SourceSpan(120, 120));
        List<Finding> found = FactSession.of("NARR-008", new UnresolvedSubject(path, "yes"));
        assertEquals(Severity.LOW, found.get(0).severity());
        assertEquals("说明称“社会保障和就业支出（类）其他（款）”为 24.31 万元，但表格中没有这一类/款/项科目（名称或层级与表格不一致），无法核对。",
                found.get(0).message());
    }

    @Test
    void anOfWhichFigureNeverExceedsItsWhole() {
        PartOfWhole over = new PartOfWhole(14, "财政项目支出绩效目标填报表", "PERF_TARGET", "其中:当年财政拨款", 11_419_043.00, 2,
                1109, "年度资金申请总额", 10_903_043.00, 2, 1106, false);
        List<Finding> found = FactSession.of("ARITH-005", over);
        assertEquals(1, found.size());
        assertEquals(Severity.MEDIUM, found.get(0).severity(), "capped at the rule's MEDIUM");
        assertEquals("≤ 10903043.00", found.get(0).expected());
        assertEquals("11419043.00", found.get(0).actual());
        assertEquals("《财政项目支出绩效目标填报表》中“其中:当年财政拨款”为 11419043.00，大于它所属的“年度资金申请总额” 10903043.00，"
                + "多出 516000.00；其中数不应大于总数。", found.get(0).message());
        assertEquals(List.of(1106, 1109), found.get(0).evidence().stream().map(e -> e.line()).toList());
        assertEquals(0, FactSession.of("ARITH-005", new PartOfWhole(1, "表", "EXPENSE", "其中", 100.01, 2, 10, "合计",
                100.00, 2, 9, false)).size(), "one unit of the last digit is rounding");
        assertEquals(0, FactSession.of("ARITH-005", new PartOfWhole(1, "表", "EXPENSE", "其中", 120.00, 2, 10, "合计",
                100.00, 2, 9, true)).size(), "an unsure column placement is not a finding");
    }
}
