package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.ingest.TextDecoder;
import io.github.disclosureauditor.model.Claim;
import io.github.disclosureauditor.model.Document;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.Table;
import io.github.disclosureauditor.model.TableFamily;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Layouts that the seeds do not show: pdftotext -layout columns, 元 units, dashes, odd input. */
class LayoutsTest {
    private static Document parse(String text) throws Exception {
        return new DisclosureParser().parse(new TextDecoder().decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Row code(Table t, String code) {
        return t.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void pdftotextLayoutColumnsPlaceNumbersWithEmptyCells() throws Exception {
        String text = String.join("\n",
                "                    2024年一般公共预算支出表",
                "单位：万元",
                "科目编码   科目名称                  合计        基本支出        项目支出",
                "合计                              120.00           90.00           30.00",
                "208        社会保障和就业支出       50.00           50.00",
                "210        卫生健康支出             60.00           40.00           20.00",
                "221        住房保障支出             10.00                           10.00");
        Table t = parse(text).tables().get(0);
        assertEquals(TableFamily.GPB_EXPENSE, t.family());
        Row housing = code(t, "221");
        assertEquals(List.of(10.0, 10.0), Cells.values(housing));
        assertEquals(List.of("合计", "项目支出"), Cells.columns(t, housing));
        assertEquals(List.of(false, false), Cells.uncertain(housing), "the gap tells the column");
        assertEquals(List.of("合计", "基本支出"), Cells.columns(t, code(t, "208")));
    }

    @Test
    void characterAlignedColumnsAsPdftotextPrintsThem() throws Exception {
        String[][] rows = {{"合计", "120.00", "90.00", "30.00"}, {"208 社会保障和就业支出", "50.00", "50.00", ""},
            {"221 住房保障支出", "10.00", "", "10.00"}};
        StringBuilder sb = new StringBuilder("2024年一般公共预算支出表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n");
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(r[0]);
            int[] ends = {30, 42, 54};
            for (int c = 0; c < 3; c++) {
                while (line.length() < ends[c] - r[c + 1].length()) {
                    line.append(' ');
                }
                line.append(r[c + 1]);
            }
            sb.append(line).append('\n');
        }
        Table t = parse(sb.toString()).tables().get(0);
        Row housing = code(t, "221");
        assertEquals(List.of("合计", "项目支出"), Cells.columns(t, housing));
        assertFalse(Cells.uncertain(housing).get(1));
    }

    @Test
    void plainPdfTextMarksTheSameRowAmbiguous() throws Exception {
        String text = String.join("\n", "2024年一般公共预算支出表", "单位：万元", "科目编码 科目名称 合计 基本支出 项目支出",
                "合计 120.00 90.00 30.00", "208 社会保障和就业支出 50.00 50.00", "221 住房保障支出 10.00 10.00");
        Row housing = code(parse(text).tables().get(0), "221");
        assertTrue(Cells.uncertain(housing).get(1), "基本支出 or 项目支出 cannot be told apart");
    }

    @Test
    void yuanTablesAreConvertedToWanYuanWithTheirPrecision() throws Exception {
        String text = String.join("\n", "2024年一般公共预算支出表", "单位：元",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "合计\t\t1,220,400.00\t1,020,400.00\t200,000.00",
                "208\t社会保障和就业支出\t1220400.00\t1020400.00\t200000.00",
                "说明：本年支出合计 122.04 万元。");
        Document d = parse(text);
        Table t = d.tables().get(0);
        assertEquals("元", t.unit());
        Row total = t.rows().get(0);
        assertEquals(122.04, Cells.first(total), 1e-9);
        assertEquals(6, total.cells().get(0).decimals(), "two decimals of 元 are six of 万元");
    }

    @Test
    void dashesAreZeroAndNarrativeYuanAmountsAreConverted() throws Exception {
        String text = String.join("\n", "2024年一般公共预算支出表", "单位：万元",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出", "合计\t\t50.00\t50.00\t-",
                "208\t社会保障和就业支出\t50.00\t50.00\t—", "第二部分 说明", "2024年基本支出 500000 元。");
        Document d = parse(text);
        Row total = d.tables().get(0).rows().get(0);
        assertEquals(List.of(50.0, 50.0, 0.0), Cells.values(total));
        Claim.Amount basic = d.claims().stream().filter(Claim.Amount.class::isInstance).map(Claim.Amount.class::cast)
                .filter(a -> a.subject().equals("BASIC")).findFirst().orElseThrow();
        assertEquals(50.0, basic.value(), 1e-9);
    }

    @Test
    void oddInputNeverThrows() {
        String[] inputs = {"\u202E\u200B表\t\t\t合计", "单位：万元\n" + "9".repeat(5000), "合计 - - - -\n— — —",
            "2024年一般公共预算支出表\n单位：万元\n合计 -1 -2 -3\n208 社会保障和就业支出 -1 -1",
            "项目支出绩效自评表\n年度资金总额： \n总分", "占%。主要原因是。增加万元，增长%"};
        for (String s : inputs) {
            assertDoesNotThrow(() -> parse(s));
        }
    }

    @Test
    void parseProblemsAreCapped() throws Exception {
        StringBuilder sb = new StringBuilder("2024年部门支出总体情况表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出 工资福利支出\n");
        sb.append("合计 100.00 80.00 20.00 50.00 30.00 10.00 10.00\n");
        for (int i = 0; i < 300; i++) {
            sb.append("208 01 09 社会保险经办机构 3.00 2.00 1.00\n");
        }
        Document d = parse(sb.toString());
        assertTrue(d.problems().size() <= 101);
        assertFalse(d.problems().isEmpty());
    }
}
