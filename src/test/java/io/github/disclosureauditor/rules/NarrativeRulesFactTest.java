package io.github.disclosureauditor.rules;

import io.github.disclosureauditor.facts.DocInfo;
import io.github.disclosureauditor.facts.KeyAlias;
import io.github.disclosureauditor.facts.Quantity;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.finding.Severity;
import io.github.disclosureauditor.model.Basis;
import io.github.disclosureauditor.model.Claim;
import io.github.disclosureauditor.model.FundScope;
import io.github.disclosureauditor.model.SourceSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The narrative rules on claims and table figures inserted directly: a stated figure on each
 * side of its rounding interval, with the exact message, severity and values.
 */
class NarrativeRulesFactTest {
    private static final DocInfo DOC = new DocInfo("某局", 2024, "BUDGET", false, Set.of("EXPENSE"), 8,
            "LOCAL_BUDGET", "UNKNOWN");

    private static Claim.Amount amount(String subject, double value, int decimals) {
        return new Claim.Amount(subject, subject, List.of(), FundScope.ALL, Basis.CURRENT, value, decimals, "……",
                new SourceSpan(10, 10));
    }

    private static Quantity quantity(String key, double value) {
        return new Quantity(key, value, 2, "ALL", 3, "EXPENSE", "支出总表", "基本支出", 80, 80, false);
    }

    @Test
    void amountAgainstTheTables() {
        Object[] facts = {DOC, new KeyAlias("BASIC", "BASIC"), quantity("BASIC", 892.63), amount("BASIC", 866.16, 2)};
        List<Finding> found = FactSession.of("NARR-001", facts);
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(Severity.HIGH, f.severity(), "26.47 万元 is HIGH");
        assertEquals("说明称“基本支出”为 866.16 万元，但《支出总表》“基本支出”为 892.63 万元，相差 26.47 万元。", f.message());
        assertEquals("892.63", f.expected());
        assertEquals("866.16", f.actual());
        // One unit of the last printed digit (plus 0.01) is a tail, not a mismatch.
        facts[3] = amount("BASIC", 892.61, 2);
        assertEquals(0, FactSession.of("NARR-001", facts).size());
        assertEquals(Severity.INFO, FactSession.of("ROUND-003", facts).get(0).severity());
        facts[3] = amount("BASIC", 892.60, 2);
        assertEquals(Severity.LOW, FactSession.of("NARR-001", facts).get(0).severity(), "0.03 万元 on 892 is LOW");
        // No table figure for it: a note, never a mismatch.
        List<Finding> none = FactSession.of("NARR-002", DOC, amount("ORG_RUN", 12.00, 2));
        assertEquals(Severity.INFO, none.get(0).severity());
        assertEquals("说明称“机关运行经费”为 12.00 万元，但已识别的表格中没有对应数据，无法核对。", none.get(0).message());
    }

    private static Claim.Share share(double part, double whole, double percent, int pd) {
        return new Claim.Share("PERSONNEL", "人员经费", part, 2, whole, 2, "BASIC", true, percent, pd, 1, "……",
                new SourceSpan(20, 20));
    }

    @Test
    void shareAgainstItsAmounts() {
        // 818.29 ÷ 892.63 = 91.672…%: 91.67% holds exactly, 91.68% is a rounding note, 91.5% a mismatch.
        assertEquals(0, FactSession.of("NARR-003", share(818.29, 892.63, 91.67, 2)).size());
        assertEquals(0, FactSession.of("ROUND-004", share(818.29, 892.63, 91.67, 2)).size(), "exact");
        assertEquals(1, FactSession.of("ROUND-004", share(818.29, 892.63, 91.68, 2)).size());
        assertEquals(0, FactSession.of("NARR-003", share(818.29, 892.63, 91.68, 2)).size());
        List<Finding> wrong = FactSession.of("NARR-003", share(818.29, 892.63, 91.5, 1));
        assertEquals(1, wrong.size());
        assertEquals(Severity.LOW, wrong.get(0).severity(), "0.17 points");
        assertEquals("91.67%", wrong.get(0).expected());
        assertEquals("说明称“人员经费” 818.29 万元 占 91.5%，按 818.29 万元 ÷ 892.63 万元 计算应为 91.67%。",
                wrong.get(0).message());
        assertEquals(Severity.MEDIUM, FactSession.of("NARR-003", share(818.29, 892.63, 91.0, 1)).get(0).severity());
        assertEquals(Severity.HIGH, FactSession.of("NARR-003", share(818.29, 892.63, 85.0, 1)).get(0).severity());
    }

    private static Claim.Change change(double current, double delta, boolean increase, double percent, int pd) {
        return new Claim.Change("EXPENSE", "支出", FundScope.ALL, Basis.PRIOR, current, 2, Double.NaN, 0, delta, 2, true,
                increase, percent, pd, false, "……", new SourceSpan(30, 30));
    }

    @Test
    void growthAgainstItsChange() {
        // 1,000 after +200: prior 800, growth 25%.
        assertEquals(0, FactSession.of("NARR-004", change(1000, 200, true, 25.0, 2)).size());
        assertEquals(0, FactSession.of("ROUND-006", change(1000, 200, true, 25.0, 2)).size());
        List<Finding> wrong = FactSession.of("NARR-004", change(1000, 200, true, 20.0, 2));
        assertEquals(1, wrong.size());
        assertEquals(Severity.HIGH, wrong.get(0).severity(), "5 points");
        assertEquals("说明称“本年支出合计”本年 1000.00 万元，增加 200.00 万元，增长 20.00%；上年应为 800.00 万元，"
                + "200.00 ÷ 800.00 = 25.00%。", wrong.get(0).message());
        // 1,000 after −200: prior 1,200, a fall of 16.666…%: 16.7% is exact to its digit, 16.66% a
        // truncation within one unit, 16.68% beyond it.
        assertEquals(0, FactSession.of("ROUND-006", change(1000, 200, false, 16.7, 1)).size());
        assertEquals(0, FactSession.of("NARR-004", change(1000, 200, false, 16.66, 2)).size());
        assertEquals(1, FactSession.of("ROUND-006", change(1000, 200, false, 16.66, 2)).size());
        assertEquals(Severity.LOW, FactSession.of("NARR-004", change(1000, 200, false, 16.68, 2)).get(0).severity());
    }

    @Test
    void growthAgainstAZeroBaseAndAnImpossibleIncrease() {
        List<Finding> zero = FactSession.of("NARR-006", change(50, 50, true, 100, 0));
        assertEquals(1, zero.size());
        assertEquals(Severity.LOW, zero.get(0).severity());
        assertEquals(0, FactSession.of("NARR-006", change(50, 49.99, true, 499900, 0)).size(), "a base of 0.01 is not zero");
        List<Finding> impossible = FactSession.of("NARR-007", change(50, 60, true, Double.NaN, 0));
        assertEquals(1, impossible.size());
        assertEquals("说明称“本年支出合计”为 50.00 万元，却比上年增加 60.00 万元，上年数将为负，二者不可能同时成立。",
                impossible.get(0).message());
        assertEquals(0, FactSession.of("NARR-007", change(50, 50.01, true, Double.NaN, 0)).size(), "within rounding");
    }

    private static Claim.Rate rate(double budget, double actual, double percent, int pd) {
        return new Claim.Rate("3P:TOTAL", "“三公”经费", budget, 2, actual, 2, percent, pd, "……", new SourceSpan(40, 40));
    }

    @Test
    void completionRateAgainstBudgetAndActual() {
        // 6.5 of 23.4 is 27.777…%: 27.8% is exact to its digit, 27.79% within rounding, 28.5% not.
        assertEquals(0, FactSession.of("NARR-005", rate(23.4, 6.5, 27.8, 1)).size());
        assertEquals(0, FactSession.of("ROUND-007", rate(23.4, 6.5, 27.8, 1)).size());
        assertEquals(0, FactSession.of("NARR-005", rate(23.4, 6.5, 27.79, 2)).size());
        assertEquals(1, FactSession.of("ROUND-007", rate(23.4, 6.5, 27.79, 2)).size());
        List<Finding> wrong = FactSession.of("NARR-005", rate(23.4, 6.5, 28.5, 1));
        assertEquals(1, wrong.size());
        assertEquals(Severity.MEDIUM, wrong.get(0).severity(), "0.72 points");
        assertEquals("27.78%", wrong.get(0).expected());
        assertEquals("说明称“三公”经费预算 23.40 万元、决算（执行）6.50 万元，完成 28.5%；按决算 ÷ 预算应为 27.78%。",
                wrong.get(0).message());
        assertEquals(0, FactSession.of("NARR-005", rate(Double.NaN, 0, 0, 0)).size(), "no budget stated");
    }
}
