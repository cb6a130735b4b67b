package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.model.DocumentKind;
import io.github.disclosureauditor.model.DocumentProfile;
import io.github.disclosureauditor.model.Table;
import io.github.disclosureauditor.model.TableFamily;
import io.github.disclosureauditor.model.Template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a document is from its opening lines, its table titles and its size: the year,
 * budget or final account, department or unit, and the template it follows (a local budget or
 * final account, a central department, a university, a 三公 page, an excerpt, or the narrative
 * half of a disclosure whose tables were published apart).
 */
final class Profiler {
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern UNIT_TYPE = Pattern.compile(
            "(参照公务员法管理的?事业单位|参公(管理)?事业单位|行政单位|全额拨款事业单位|差额拨款事业单位|自收自支事业单位|公益[一二]类事业单位)");
    private static final Pattern BUDGET_NOISE = Pattern.compile(
            "一般公共预算|预算法|年初预算|全年预算|调整预算|完成预算|预算数|预算管理|预算单位");
    /** A page shorter than this that is no full disclosure is an excerpt. */
    private static final int EXCERPT_LINES = 60;

    private Profiler() {
    }

    /** The first 60 non-blank lines: where a disclosure names its year and whether it is a 决算. */
    static List<String> opening(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                out.add(line);
                if (out.size() == 60) {
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the document opens with its own title ("某某局2024年部门预算公开"), not mid-text. */
    private static boolean titled(List<String> open) {
        for (int i = 0; i < Math.min(3, open.size()); i++) {
            String t = open.get(i).replace(" ", "");
            if (t.matches(".*(预算|决算).*") && t.matches(".*(公开|部门|单位|情况).*") && !t.matches("^(第[一二三四五六七八九十]+部分|[(（一二三四五六七八九十]).*")
                    && t.length() <= 40) {
                return true;
            }
        }
        return false;
    }

    static Integer year(List<String> lines, List<String> titles) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (String t : titles) {
            Matcher m = YEAR.matcher(t);
            if (m.find()) {
                votes.merge(Integer.parseInt(m.group(1)), 3, Integer::sum);
            }
        }
        List<String> open = opening(lines);
        for (int i = 0; i < open.size(); i++) {
            Matcher m = YEAR.matcher(open.get(i));
            while (m.find()) {
                // The document's own title comes first; later dates (publication) weigh less.
                votes.merge(Integer.parseInt(m.group(1)), i < 5 ? 3 : 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    static DocumentKind kind(List<String> lines, List<String> titles) {
        int fin = 0;
        int bud = 0;
        for (String t : titles) {
            if (t.contains("决算")) {
                fin += 2;
            } else if (BUDGET_NOISE.matcher(t).replaceAll("").contains("预算")) {
                bud += 1;
            }
        }
        List<String> open = opening(lines);
        for (int i = 0; i < open.size(); i++) {
            String line = open.get(i).replace(" ", "");
            int weight = i < 5 ? 3 : 1;
            if (line.contains("决算")) {
                fin += weight;
            }
            // Spending compared with the initial budget (比年初预算增加) is an outturn, not a budget.
            if (line.contains("比年初预算") || line.contains("较年初预算") || line.contains("完成年初预算")) {
                fin += weight + 1;
            }
            // "一般公共预算" names a fund and "预算法" a law; a final account cites budgets too.
            if (line.contains("预算") && BUDGET_NOISE.matcher(line).replaceAll("").contains("预算")) {
                bud += weight;
            }
        }
        if (fin == 0 && bud == 0) {
            return DocumentKind.UNKNOWN;
        }
        return fin >= bud ? DocumentKind.FINAL_ACCOUNT : DocumentKind.BUDGET;
    }

    static DocumentProfile profile(List<String> lines, DocumentKind kind, List<Table> tables) {
        List<String> open = opening(lines);
        String head = String.join("", open.subList(0, Math.min(8, open.size()))).replace(" ", "");
        String all = String.join("", open).replace(" ", "");
        DocumentProfile.Level level = head.contains("单位预算") || head.contains("单位决算")
                ? DocumentProfile.Level.UNIT
                : head.contains("部门预算") || head.contains("部门决算") ? DocumentProfile.Level.DEPARTMENT
                : DocumentProfile.Level.UNKNOWN;
        // Every name of a unit type contains 单位: only those lines are searched.
        String unitType = "";
        for (String l : lines.subList(0, Math.min(lines.size(), 400))) {
            if (l.indexOf('单') >= 0) {
                Matcher type = UNIT_TYPE.matcher(l);
                if (type.find()) {
                    unitType = type.group(1);
                    break;
                }
            }
        }
        int nonBlank = 0;
        for (String l : lines) {
            if (!l.isBlank()) {
                nonBlank++;
            }
        }
        boolean university = head.contains("高等学校") || all.contains("教育部直属") || head.matches(".*(大学|学院).*")
                || tables.stream().anyMatch(t -> t.title().contains("高等学校"));
        boolean threePublicOnly = !tables.isEmpty() && tables.stream().allMatch(t -> t.family() == TableFamily.THREE_PUBLIC);
        boolean threePublicHead = head.contains("三公");
        Template template;
        String why;
        if ((threePublicOnly || tables.isEmpty()) && threePublicHead) {
            template = Template.THREE_PUBLIC_PAGE;
            why = "标题为“三公”经费专题" + (tables.isEmpty() ? "，无表格" : "，仅有“三公”经费表");
        } else if (nonBlank < EXCERPT_LINES && tables.size() < 3 && !titled(open)) {
            template = Template.EXCERPT;
            why = "全文仅 " + nonBlank + " 行，表格 " + tables.size() + " 张，视为页面摘录";
        } else if (university) {
            template = Template.UNIVERSITY;
            why = "高等学校（教育部直属高校）模板";
        } else if (head.contains("中央部门") || all.contains("中央本级")) {
            template = Template.CENTRAL_DEPARTMENT;
            why = "中央部门模板";
        } else if (tables.isEmpty()) {
            template = Template.NARRATIVE_ONLY;
            why = "文档只含文字说明，未含表格";
        } else {
            template = kind == DocumentKind.FINAL_ACCOUNT ? Template.LOCAL_FINAL : Template.LOCAL_BUDGET;
            why = kind == DocumentKind.FINAL_ACCOUNT ? "地方部门（单位）决算" : "地方部门（单位）预算";
        }
        return new DocumentProfile(kind, level, template, unitType, why);
    }
}
