package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.ingest.DecodedText;
import io.github.disclosureauditor.model.Claim;
import io.github.disclosureauditor.model.Document;
import io.github.disclosureauditor.model.DocumentKind;
import io.github.disclosureauditor.model.DocumentProfile;
import io.github.disclosureauditor.model.Table;
import io.github.disclosureauditor.model.TableFamily;
import io.github.disclosureauditor.parse.table.Tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decoded text to document model. Never throws on odd content: what it cannot read becomes a
 * parse problem (capped) and the rest is still returned.
 */
public final class DisclosureParser {
    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?:单位名称|部门名称|预算主管部门|编制部门|编制单位|^部门|^单位)\\s*[:：]\\s*([^\\s:：|]{2,40}?)(?=\\s|$|\\d{4}\\s*年|单位)");

    public Document parse(DecodedText text) {
        ProblemLog problems = new ProblemLog();
        List<String> lines = text.normalized();
        Tables reader = new Tables(text, problems);
        List<String> titles;
        try {
            titles = reader.titles();
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            problems.add(1, "TITLE_ERROR", "表标题识别失败：" + e.getClass().getSimpleName());
            titles = List.of();
        }
        Integer year = Profiler.year(lines, titles);
        DocumentKind kind = Profiler.kind(lines, titles);
        Tables.Result read;
        try {
            read = reader.read(year, kind);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            problems.add(1, "TABLE_ERROR", "表格读取中断（" + e.getClass().getSimpleName() + "）");
            read = new Tables.Result(List.of(), new boolean[lines.size()], List.of());
        }
        List<Table> tables = read.tables();
        NarrativeText narrative = NarrativeText.of(lines, read.inTable());
        ClaimExtractor extractor = new ClaimExtractor(narrative, year, kind);
        try {
            extractor.extract();
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            problems.add(1, "NARRATIVE_ERROR", "说明文字解析中断（" + e.getClass().getSimpleName() + "）");
        }
        if (extractor.truncated()) {
            problems.add(1, "TOO_MANY_CLAIMS", "说明文字中的可核对陈述超过 " + ClaimExtractor.MAX_CLAIMS + " 条，其余未提取");
        }
        List<Claim> claims = new ArrayList<>(extractor.claims);
        for (Table table : tables) {
            if (table.family() == TableFamily.PERF_SELF_EVAL) {
                Claim.ProjectEval eval = SelfEvalReader.read(lines, table);
                if (eval != null) {
                    claims.add(eval);
                }
            }
        }
        if (tables.isEmpty()) {
            problems.add(1, "NO_TABLES", "未识别到任何公开表格");
        }
        DocumentProfile profile = Profiler.profile(lines, kind, tables);
        return new Document(unit(lines), year, kind, text.encoding(), text.lineCount(), profile, tables, claims,
                extractor.flags, problems.all());
    }

    /** A document title: [year] unit [year][年度][部门|单位] 预算|决算|“三公”经费|一般公共预算…. */
    private static final Pattern TITLE = Pattern.compile(
            "^(?:20\\d{2}年度?)?(.{3,40}?)(?:20\\d{2}年度?|年度)?(?:部门|单位)?(?:预算|决算|[“\"]?三公[”\"]?经费|一般公共|财政拨款)");
    /** How a unit's name ends: an organ, an institution or a place. */
    private static final Pattern UNIT_END = Pattern.compile(
            ".*(厅|局|院|会|室|处|中心|大学|学院|学校|政府|镇|乡|街道|办事处|队|所|站|馆|部|署|委|社|团|机关|公司|集团|协会|联合会)$");

    /**
     * The unit in the opening title, which may be wrapped over two or three lines ("2018 年度江苏省高级
     * / 人民法院预算公开"); a candidate that is not shaped like a unit's name (a sentence, a heading
     * such as "二、部门机构设置及") is no unit: better none than a wrong one.
     */
    static String titleUnit(List<String> open) {
        for (int i = 0; i < open.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < Math.min(open.size(), i + 3); j++) {
                joined.append(open.get(j).strip().replace(" ", "").replace("\u3000", ""));
                Matcher m = TITLE.matcher(joined);
                if (m.find()) {
                    // Web-page chrome before the title ("文号|浏览量|2024年…") is not part of the name.
                    String name = m.group(1).substring(m.group(1).lastIndexOf('|') + 1)
                            .replaceAll("^20\\d{2}年度?", "").replaceAll("20\\d{2}年?度?$", "");
                    if (UNIT_END.matcher(name).matches() && !name.matches(".*[《》，,、：:；;。（(]|.*根据.*|^第.*|^[一二三四五六七八九十]+、.*")) {
                        return name;
                    }
                }
            }
        }
        return "";
    }

    /** The unit named in table headers ("单位名称：…", "部门：…") and the opening lines, by vote. */
    private static String unit(List<String> lines) {
        Map<String, Integer> votes = new HashMap<>();
        int checked = 0;
        for (String line : lines) {
            if ((line.indexOf(':') < 0 && line.indexOf('：') < 0)
                    || (!line.contains("单位") && !line.contains("部门"))) {
                continue;
            }
            if (++checked > 400) {
                break;
            }
            Matcher m = UNIT_NAME.matcher(line.trim());
            if (m.find()) {
                String name = m.group(1);
                if (!name.matches("(万元|元|千元|亿元|人民币).*")) {
                    votes.merge(name, 1, Integer::sum);
                }
            }
        }
        if (votes.isEmpty()) {
            return titleUnit(Profiler.opening(lines));
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }
}
