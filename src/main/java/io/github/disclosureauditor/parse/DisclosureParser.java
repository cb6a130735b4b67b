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
            for (String line : Profiler.opening(lines)) {
                String t = line.strip().replace(" ", "");
                Matcher m = Pattern.compile("^(.{2,30}?)(20\\d{2}年)?(年度)?(部门|单位)?(预算|决算)").matcher(t);
                if (m.find() && m.group(1).length() >= 3) {
                    return m.group(1).replaceAll("20\\d{2}年?度?$", "");
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }
}
