package io.github.disclosureauditor.audit;

import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.ingest.InputException;
import io.github.disclosureauditor.vocabulary.UnitNames;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How documents become series, and what of a final account is its year's budget. */
class SeriesAuditorTest {
    private static final String FINAL = """
            某某市某某局
            2023年度部门决算公开
            第一部分 概况
            某某局负责相关工作。
            2023年一般公共预算财政拨款支出决算表
            单位：万元
            科目编码\t科目名称\t年初预算数\t决算数
            合计\t\t100.00\t90.00
            208\t社会保障和就业支出\t100.00\t90.00
            """;

    private static String budget(String unit, int year, String total) {
        return unit + "\n" + year + "年部门预算公开\n第一部分 概况\n某某局负责相关工作。\n" + year + "年一般公共预算支出表\n单位：万元\n"
                + "科目编码\t科目名称\t合计\t基本支出\t项目支出\n合计\t\t" + total + "\t" + total + "\t0\n208\t社会保障和就业支出\t"
                + total + "\t" + total + "\t0\n";
    }

    private static SeriesAuditor.Member member(String name, String text) throws InputException {
        return new SeriesAuditor.Member(name, TestSupport.auditor().audit(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<SeriesAuditor.Series> series(SeriesAuditor.Member... members) {
        return new SeriesAuditor(TestSupport.engine()).audit(List.of(members));
    }

    @Test
    void aFinalAccountsBudgetColumnsAreThatYearsBudget() throws Exception {
        List<Finding> found = series(member("决算.txt", FINAL), member("预算.txt", budget("某某市某某局", 2023, "120.00")))
                .get(0).findings();
        assertEquals(List.of("XDOC-002", "XDOC-002"), found.stream().map(Finding::ruleId).toList());
        assertEquals("《决算.txt》所列“社会保障和就业支出” 2023 年年初预算为 100.00 万元，但 2023 年的《预算.txt》中"
                + "《2023年一般公共预算支出表》“208 社会保障和就业支出”为 120.00 万元，相差 20.00 万元。", found.get(1).message());
        assertEquals("预算.txt", found.get(1).evidence().get(0).document());
        assertEquals(9, found.get(1).evidence().get(0).line());
        assertEquals("决算.txt", found.get(1).evidence().get(1).document());
        assertEquals(9, found.get(1).evidence().get(1).line());
        assertEquals(0, series(member("决算.txt", FINAL), member("预算.txt", budget("某某市某某局", 2023, "100.00")))
                .get(0).findings().size());
    }

    @Test
    void documentsGroupByTheirUnitsName() throws Exception {
        assertEquals("江苏省委办公厅", UnitNames.normalize("中共 江苏省委办公厅"));
        assertEquals("某某局", UnitNames.normalize("某某局（本级）"));
        List<SeriesAuditor.Series> two = series(member("a.txt", budget("某某市某某局", 2023, "1.00")),
                member("b.txt", budget("某某市 某某局", 2024, "1.00")), member("c.txt", budget("某某市另一局", 2024, "1.00")));
        assertEquals(1, two.size(), "the other unit has one document: no series");
        assertEquals(List.of("a.txt", "b.txt"), two.get(0).documents().stream().map(d -> d.name()).toList());
        assertEquals(0, series(member("a.txt", budget("某某市某某局", 2023, "1.00")),
                member("b.txt", budget("某某市某某局", 2023, "2.00"))).size(),
                "two volumes of one year's budget are not a series");
    }
}
