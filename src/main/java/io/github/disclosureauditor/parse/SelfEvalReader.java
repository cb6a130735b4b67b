package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.model.Claim;
import io.github.disclosureauditor.model.SourceSpan;
import io.github.disclosureauditor.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 项目支出绩效自评表: project name, 年度资金总额 (年初预算, 全年预算, 全年执行数), the
 * stated 执行率, the total score and the rating. When no rating is printed it follows from the
 * score by the usual bands (≥90 优, ≥80 良, ≥60 中, else 差).
 */
final class SelfEvalReader {
    private static final Pattern NAME = Pattern.compile("^项目名称\\s*[:：]?\\s*(.+)$");
    private static final Pattern RATING = Pattern.compile("(自评等级|评价等级|绩效等级|自评结果|评价结果|等级)\\s*[:：]?\\s*([优良中差])");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");

    private SelfEvalReader() {
    }

    static Claim.ProjectEval read(List<String> lines, Table table) {
        String name = "";
        double budget = Double.NaN;
        double actual = Double.NaN;
        double rate = Double.NaN;
        double score = Double.NaN;
        String rating = "";
        int fundsLine = table.line();
        for (int ln = table.span().line() + 1; ln <= table.span().endLine() && ln <= lines.size(); ln++) {
            String t = lines.get(ln - 1).replace('\t', ' ').trim();
            Matcher n = NAME.matcher(t);
            if (name.isEmpty() && n.find()) {
                name = n.group(1).replaceAll("\\s+", "");
            } else if (t.startsWith("年度资金总额") && Double.isNaN(budget)) {
                Matcher pm = PERCENT.matcher(t);
                if (pm.find()) {
                    rate = Double.parseDouble(pm.group(1));
                }
                List<Double> nums = numbers(PERCENT.matcher(t).replaceAll(" ").replaceFirst("^年度资金总额\\s*[:：]?", ""));
                if (nums.size() >= 3) {
                    budget = nums.get(1);
                    actual = nums.get(2);
                } else if (nums.size() == 2) {
                    budget = nums.get(0);
                    actual = nums.get(1);
                }
                fundsLine = ln;
            } else if (t.startsWith("总分")) {
                List<Double> nums = numbers(t.substring(2));
                if (!nums.isEmpty()) {
                    score = nums.get(nums.size() - 1);
                }
            }
            Matcher r = RATING.matcher(t);
            if (r.find()) {
                rating = r.group(2);
            }
        }
        if (Double.isNaN(budget) || Double.isNaN(actual)) {
            return null;
        }
        // A rating not printed stays empty: the score bands are policy (rules/policy.drl).
        boolean stated = !rating.isEmpty();
        return new Claim.ProjectEval(name.isEmpty() ? table.title() : name, budget, actual, rate, rating, stated, score,
                "table", lines.get(fundsLine - 1).trim(), new SourceSpan(table.line(), table.span().endLine()));
    }

    private static List<Double> numbers(String s) {
        List<Double> out = new ArrayList<>();
        for (String tok : s.trim().split("\\s+")) {
            if (Amounts.isNumber(tok)) {
                out.add(Double.parseDouble(tok));
            }
        }
        return out;
    }
}
