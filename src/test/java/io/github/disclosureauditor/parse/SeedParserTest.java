package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.ingest.TextDecoder;
import io.github.disclosureauditor.model.Claim;
import io.github.disclosureauditor.model.Document;
import io.github.disclosureauditor.model.DocumentKind;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.Table;
import io.github.disclosureauditor.model.TableFamily;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Concrete values read from each sample disclosure. */
class SeedParserTest {
    private static Document parse(String prefix) throws Exception {
        return new DisclosureParser().parse(new TextDecoder().decode(Files.readAllBytes(TestSupport.seed(prefix))));
    }

    private static Table table(Document d, TableFamily f) {
        return d.tables().stream().filter(t -> t.family() == f).findFirst().orElseThrow();
    }

    private static Row row(Table t, String label) {
        return t.rows().stream().filter(r -> r.label().equals(label) && r.hasValues()).findFirst().orElseThrow();
    }

    private static <T extends Claim> List<T> claims(Document d, Class<T> type) {
        return d.claims().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void seed000PdfTextUnitBudget() throws Exception {
        Document d = parse("000");
        assertEquals("三门峡市医疗保障服务中心", d.unit());
        assertEquals(2024, d.year());
        assertEquals(DocumentKind.BUDGET, d.kind());
        assertEquals(14, d.tables().size());
        Table fiscal = table(d, TableFamily.FISCAL_SUMMARY);
        assertEquals("YS04", fiscal.number());
        assertEquals(List.of(912.63, 812.63, 912.63), Cells.values(row(fiscal, "支出合计")));
        Table expense = table(d, TableFamily.EXPENSE);
        Row pension = expense.rows().stream().filter(r -> r.code().equals("2080505")).findFirst().orElseThrow();
        assertEquals("机关事业单位基本养老保险缴费支出", pension.label(), "label wrapped over two lines is rejoined");
        assertEquals(78.32, Cells.first(pension));
        Row total = row(expense, "合计");
        assertEquals("基本支出", Cells.columns(expense, total).get(1));
        assertTrue(Cells.uncertain(total).get(2), "工资福利 vs 对个人家庭 cannot be told apart once empty cells vanished");
        Claim.Amount income = claims(d, Claim.Amount.class).stream()
                .filter(a -> a.subject().equals("INCOME_TOTAL")).findFirst().orElseThrow();
        assertEquals(912.63, income.value(), "912. / 63 万元 wrapped across lines is one number");
        assertEquals(57, income.span().line());
        assertEquals(59, income.span().endLine());
        Claim.Amount personnel = claims(d, Claim.Amount.class).stream()
                .filter(a -> a.subject().equals("PERSONNEL")).findFirst().orElseThrow();
        assertEquals(866.16, personnel.value(), "86 / 6.16 万元 wrapped mid-number");
        assertEquals(2, claims(d, Claim.Share.class).stream().filter(s -> s.subject().startsWith("FUNC:")).count());
    }

    @Test
    void seed001FinalAccountWithSelfEvaluations() throws Exception {
        Document d = parse("001");
        assertEquals(DocumentKind.FINAL_ACCOUNT, d.kind());
        assertEquals(2023, d.year());
        assertEquals(5, d.tables().stream().filter(t -> t.family() == TableFamily.PERF_SELF_EVAL).count());
        Table summary = table(d, TableFamily.INCOME_EXPENSE_SUMMARY);
        assertEquals(List.of(556.16), Cells.values(row(summary, "本年收入合计")), "行次 numbers are dropped");
        List<Claim.ProjectEval> evals = claims(d, Claim.ProjectEval.class);
        assertEquals(10, evals.size());
        // Printed as 优 in the narrative; the self-evaluation tables print a score only, and the
        // parser does not turn a score into a rating (that is policy, in rules/policy.drl).
        assertTrue(evals.stream().allMatch(e -> e.actual() == 0
                && (e.ratingStated() ? e.rating().equals("优") : e.rating().isEmpty() && e.score() >= 90)));
        assertTrue(evals.stream().anyMatch(e -> !e.ratingStated()), "the tables' evaluations carry a score only");
        assertTrue(evals.stream().anyMatch(e -> e.budget() == 170 && e.statedRate() == 100));
        Claim.Rate rate = claims(d, Claim.Rate.class).get(0);
        assertEquals(726.70, rate.budget());
        assertEquals(556.16, rate.actual());
        assertEquals(76.53, rate.percent());
    }

    @Test
    void seed002TabSeparated() throws Exception {
        Document d = parse("002");
        assertEquals("忻州市医疗保险服务中心", d.unit());
        assertEquals(13, d.tables().size());
        Table expense = table(d, TableFamily.EXPENSE);
        assertEquals(List.of("合计", "基本支出", "项目支出"),
                expense.columns().stream().map(c -> c.meaning().label()).toList());
        Row r = expense.rows().stream().filter(x -> x.code().equals("21015")).findFirst().orElseThrow();
        assertEquals(List.of(1127.89, 271.89, 856.00), Cells.values(r));
        Row agency = expense.rows().stream().filter(x -> x.code().equals("2101506")).findFirst().orElseThrow();
        assertEquals(List.of(856.00, 856.00), Cells.values(agency));
        assertEquals(List.of("合计", "项目支出"), Cells.columns(expense, agency), "the empty 基本支出 cell keeps its place");
        Claim.Change change = claims(d, Claim.Change.class).get(0);
        assertEquals(1220.24, change.current(), "base is the total the rate was computed on");
        assertEquals(126.90, change.delta());
        assertEquals(11.61, change.percent());
        assertEquals(10, claims(d, Claim.Count.class).get(0).count());
    }

    @Test
    void seed003TabSeparatedWithThreePublicAndProcurement() throws Exception {
        Document d = parse("003");
        Table tp = table(d, TableFamily.THREE_PUBLIC);
        Row r = tp.rows().get(0);
        assertEquals(List.of(6.5, 0.0, 5.0, 0.0, 5.0, 1.5), Cells.values(r));
        assertEquals("公务用车运行维护费", Cells.columns(tp, r).get(4));
        assertFalse(Cells.uncertain(r).get(4));
        Claim.Change c = claims(d, Claim.Change.class).stream().filter(x -> x.subject().equals("ORG_RUN"))
                .findFirst().orElseThrow();
        assertEquals(79.4, c.current());
        assertEquals(8.4, c.delta());
        assertEquals(10.58, c.percent());
    }

    @Test
    void seed004DepartmentBudget() throws Exception {
        Document d = parse("004");
        assertEquals("义马市医疗保障局", d.unit());
        assertEquals(2025, d.year());
        Table expense = table(d, TableFamily.EXPENSE);
        Row admin = expense.rows().stream().filter(x -> x.code().equals("2101501")).findFirst().orElseThrow();
        assertEquals(List.of(129.91, 39.91, 34.30, 5.62, 90.00, 75.57, 14.43), Cells.values(admin));
        assertEquals("项目支出", Cells.columns(expense, admin).get(4));
        assertFalse(Cells.uncertain(admin).get(4));
        Claim.Change tp = claims(d, Claim.Change.class).stream().filter(x -> x.subject().equals("3P:TOTAL"))
                .findFirst().orElseThrow();
        assertEquals(2.0, tp.current());
        assertEquals(0.5, tp.delta());
        assertTrue(tp.increase());
        long projects = d.tables().stream().filter(t -> t.family() == TableFamily.PROJECT_EXPENSE)
                .flatMap(t -> t.rows().stream()).filter(x -> x.hasValues()).count();
        assertEquals(22, projects, "20 projects plus the total and the unit row");
    }
}
