package io.github.disclosureauditor.rules;

import io.github.disclosureauditor.facts.KeyAlias;
import io.github.disclosureauditor.facts.SeriesDoc;
import io.github.disclosureauditor.facts.StatedFigure;
import io.github.disclosureauditor.facts.YearFigure;
import io.github.disclosureauditor.finding.Evidence;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.finding.Severity;
import io.github.disclosureauditor.model.FundScope;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cross-document rules on series facts inserted directly (lines count through the series). */
class SeriesRulesFactTest {
    private static final SeriesDoc BUDGET_2023 = new SeriesDoc(0, "2023年预算.pdf", 2023, "BUDGET");
    private static final SeriesDoc FINAL_2023 = new SeriesDoc(1, "2023年决算.pdf", 2023, "FINAL_ACCOUNT");
    private static final SeriesDoc BUDGET_2024 = new SeriesDoc(2, "2024年预算.pdf", 2024, "BUDGET");

    private static YearFigure figure(SeriesDoc d, String key, String scope, double value, int line) {
        return new YearFigure(d.doc(), d.year(), d.kind(), key, scope, value, 2, false, line, "支出总表", "合计");
    }

    private static StatedFigure prior(String key, double value, int line) {
        return new StatedFigure(BUDGET_2024.doc(), "BUDGET", StatedFigure.Kind.PRIOR, 2023, key, FundScope.UNKNOWN, value, 2, line,
                "与上年相比增加");
    }

    private static List<Integer> lines(Finding f) {
        return f.evidence().stream().map(Evidence::line).toList();
    }

    @Test
    void priorYearFigureAgainstThatYearsDocuments() {
        Object[] facts = {BUDGET_2023, BUDGET_2024, new KeyAlias("BASIC", "BASIC"),
            figure(BUDGET_2023, "BASIC", "ALL", 50.00, 20), prior("BASIC", 55.00, 320)};
        List<Finding> found = FactSession.of("XDOC-001", facts);
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(Severity.MEDIUM, f.severity(), "10% off, capped at the rule's MEDIUM");
        assertEquals("55.00", f.actual());
        assertEquals("50.00", f.expected());
        assertEquals(List.of(20, 320), lines(f));
        assertEquals("《2024年预算.pdf》所称“基本支出”上年（2023 年）数为 55.00 万元，但 2023 年的《2023年预算.pdf》中《支出总表》“合计”为 50.00 万元，相差 5.00 万元。",
                f.message());
        // seriesTolerance(2) = 0.03: two units of the last digit plus 0.01.
        assertEquals(0, FactSession.of("XDOC-001", BUDGET_2023, BUDGET_2024, new KeyAlias("BASIC", "BASIC"),
                figure(BUDGET_2023, "BASIC", "ALL", 50.00, 20), prior("BASIC", 50.03, 320)).size());
        List<Finding> small = FactSession.of("XDOC-001", BUDGET_2023, BUDGET_2024, new KeyAlias("BASIC", "BASIC"),
                figure(BUDGET_2023, "BASIC", "ALL", 50.00, 20), prior("BASIC", 50.04, 320));
        assertEquals(Severity.LOW, small.get(0).severity());
        // 上年 may be the budget or the final account: one that agrees is enough.
        assertEquals(0, FactSession.of("XDOC-001", BUDGET_2023, FINAL_2023, BUDGET_2024, new KeyAlias("BASIC", "BASIC"),
                figure(BUDGET_2023, "BASIC", "ALL", 50.00, 20), figure(FINAL_2023, "BASIC", "ALL", 55.00, 120),
                prior("BASIC", 55.00, 320)).size());
        // A final account's 上年 is the previous final account, not the previous budget.
        SeriesDoc final2024 = new SeriesDoc(3, "2024年决算.pdf", 2024, "FINAL_ACCOUNT");
        StatedFigure finalPrior = new StatedFigure(3, "FINAL_ACCOUNT", StatedFigure.Kind.PRIOR, 2023, "BASIC",
                FundScope.UNKNOWN, 55.00, 2, 420, "比上年增加");
        assertEquals(0, FactSession.of("XDOC-001", BUDGET_2023, final2024, new KeyAlias("BASIC", "BASIC"),
                figure(BUDGET_2023, "BASIC", "ALL", 50.00, 20), finalPrior).size(), "no final account of 2023 to compare");
        List<Finding> againstFinal = FactSession.of("XDOC-001", BUDGET_2023, FINAL_2023, final2024,
                new KeyAlias("BASIC", "BASIC"), figure(BUDGET_2023, "BASIC", "ALL", 55.00, 20),
                figure(FINAL_2023, "BASIC", "ALL", 52.00, 120), finalPrior);
        assertEquals(1, againstFinal.size(), "the budget's equal figure does not excuse the final account's");
        assertEquals("52.00", againstFinal.get(0).expected());
        // A 一般公共预算 table is not all the money unless the unit has one fund (claim_scopes.csv).
        assertEquals(0, FactSession.of("XDOC-001", BUDGET_2023, BUDGET_2024, new KeyAlias("BASIC", "BASIC"),
                figure(BUDGET_2023, "BASIC", "GPB", 50.00, 20), prior("BASIC", 55.00, 320)).size());
    }

    @Test
    void finalAccountsBudgetAgainstThatYearsBudget() {
        StatedFigure planned = new StatedFigure(FINAL_2023.doc(), "FINAL_ACCOUNT", StatedFigure.Kind.PLANNED, 2023, "3P:RECEPTION",
                FundScope.UNKNOWN, 1.00, 2, 130, "预算数");
        List<Finding> found = FactSession.of("XDOC-002", BUDGET_2023, FINAL_2023, new KeyAlias("3P:RECEPTION", "3P:RECEPTION"),
                figure(BUDGET_2023, "3P:RECEPTION", "BUDGET", 1.50, 30), planned);
        assertEquals(1, found.size());
        assertEquals("1.00", found.get(0).actual());
        assertEquals("1.50", found.get(0).expected());
        assertEquals(List.of(30, 130), lines(found.get(0)));
        assertEquals(Severity.MEDIUM, found.get(0).severity());
        // Only a budget is the year's budget: the final account's own figure is no counterpart.
        assertEquals(0, FactSession.of("XDOC-002", FINAL_2023, new KeyAlias("3P:RECEPTION", "3P:RECEPTION"),
                figure(FINAL_2023, "3P:RECEPTION", "FINAL", 1.50, 140), planned).size());
    }

    @Test
    void threePublicBudgetOnlyFalls() {
        List<Finding> rose = FactSession.of("XDOC-003", BUDGET_2023, BUDGET_2024,
                figure(BUDGET_2023, "3P:TOTAL", "BUDGET", 1.00, 30), figure(BUDGET_2024, "3P:TOTAL", "BUDGET", 1.20, 330));
        assertEquals(1, rose.size());
        assertEquals(Severity.LOW, rose.get(0).severity());
        assertEquals("≤ 1.00", rose.get(0).expected());
        assertEquals("“三公”经费预算 2024 年为 1.20 万元（《2024年预算.pdf》），2023 年为 1.00 万元（《2023年预算.pdf》），增加 0.20 万元；“三公”经费预算应只减不增，请核实原因是否已说明。",
                rose.get(0).message());
        assertEquals(0, FactSession.of("XDOC-003", BUDGET_2023, BUDGET_2024,
                figure(BUDGET_2023, "3P:TOTAL", "BUDGET", 1.00, 30), figure(BUDGET_2024, "3P:TOTAL", "BUDGET", 1.01, 330)).size(),
                "one unit of the last digit is rounding");
        assertEquals(0, FactSession.of("XDOC-003", BUDGET_2023, BUDGET_2024,
                figure(BUDGET_2023, "3P:TOTAL", "BUDGET", 1.20, 30), figure(BUDGET_2024, "3P:TOTAL", "BUDGET", 1.00, 330)).size());
    }
}
