package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.ingest.DecodedText;
import io.github.disclosureauditor.model.Claim;
import io.github.disclosureauditor.model.Document;
import io.github.disclosureauditor.model.DocumentKind;
import io.github.disclosureauditor.model.Table;
import io.github.disclosureauditor.model.TableFamily;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decoded text to document model. Never throws on odd content: what it cannot read becomes a
 * parse problem (capped) and the rest is still returned.
 */
public final class DisclosureParser {
    private static final Pattern PART = Pattern.compile("^\\s*第[一二三四五六七八九十]+部分");
    /** Real disclosures have a few dozen tables; beyond this the input is not a disclosure. */
    static final int MAX_TABLES = 300;
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?:单位名称|部门名称|^部门|^单位|^编制单位)\\s*[:：]\\s*([^\\s:：]{2,40}?)(?=\\s|$|\\d{4}\\s*年)");

    public Document parse(DecodedText text) {
        TableReader.ProblemLog problems = new TableReader.ProblemLog();
        List<String> lines = text.normalized();
        List<Integer> titles = new ArrayList<>();
        List<TableFamily> families = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if ((i & 1023) == 0 && Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("interrupted");
            }
            try {
                TableFamily f = TableTitle.family(lines, i);
                if (f != null) {
                    titles.add(i);
                    families.add(f);
                }
            } catch (java.util.concurrent.CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                problems.add(i + 1, "TITLE_ERROR", "表标题识别失败：" + e.getClass().getSimpleName());
            }
        }
        boolean[] inTable = new boolean[lines.size()];
        List<Table> tables = new ArrayList<>();
        TableReader reader = new TableReader(lines, problems);
        if (titles.size() > MAX_TABLES) {
            problems.add(titles.get(MAX_TABLES) + 1, "TOO_MANY_TABLES", "表格超过 " + MAX_TABLES + " 张，其余未读取");
            titles.subList(MAX_TABLES, titles.size()).clear();
            families.subList(MAX_TABLES, families.size()).clear();
        }
        for (int t = 0; t < titles.size(); t++) {
            int start = titles.get(t);
            int end = t + 1 < titles.size() ? titles.get(t + 1) : lines.size();
            for (int k = start + 1; k < end; k++) {
                if (lines.get(k).indexOf('部') >= 0 && PART.matcher(lines.get(k)).lookingAt()) {
                    end = k;
                    break;
                }
            }
            // Table numbers and unit lines printed just above the next title belong to it.
            for (int k = start; k < end; k++) {
                inTable[k] = true;
            }
            try {
                tables.add(reader.read(tables.size() + 1, families.get(t), start, end));
            } catch (java.util.concurrent.CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                problems.add(start + 1, "TABLE_ERROR", "表格读取失败（" + e.getClass().getSimpleName() + "），已跳过");
            }
        }
        markTableNumbersAbove(lines, titles, inTable);
        Integer year = year(lines, tables);
        DocumentKind kind = kind(lines, tables);
        NarrativeText narrative = NarrativeText.of(lines, inTable);
        ClaimExtractor extractor = new ClaimExtractor(narrative, year, kind);
        try {
            extractor.extract();
        } catch (java.util.concurrent.CancellationException e) {
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
        if (problems.dropped > 0) {
            problems.list.add(new io.github.disclosureauditor.model.ParseProblem(0, "PROBLEMS_TRUNCATED",
                    "另有 " + problems.dropped + " 条解析问题未列出"));
        }
        return new Document(unit(lines, titles), year, kind, text.encoding(), text.lineCount(), tables, claims,
                extractor.flags, problems.list);
    }

    private static void markTableNumbersAbove(List<String> lines, List<Integer> titles, boolean[] inTable) {
        for (int title : titles) {
            for (int k = title - 1; k >= 0 && k >= title - 3; k--) {
                String t = lines.get(k).trim();
                if (TableTitle.NUMBER_LINE.matcher(t).matches() || TableTitle.UNIT.matcher(t).find()) {
                    inTable[k] = true;
                } else if (!t.isEmpty()) {
                    break;
                }
            }
        }
    }

    /** The first 60 non-blank lines: where a disclosure names its year and whether it is a 决算. */
    private static List<String> opening(List<String> lines) {
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

    private static Integer year(List<String> lines, List<Table> tables) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (Table t : tables) {
            Matcher m = YEAR.matcher(t.title());
            if (m.find()) {
                votes.merge(Integer.parseInt(m.group(1)), 3, Integer::sum);
            }
        }
        for (String line : opening(lines)) {
            Matcher m = YEAR.matcher(line);
            while (m.find()) {
                votes.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    private static DocumentKind kind(List<String> lines, List<Table> tables) {
        int fin = 0;
        int bud = 0;
        for (Table t : tables) {
            if (t.title().contains("决算")) {
                fin += 2;
            } else if (t.title().contains("预算")) {
                bud += 1;
            }
        }
        for (String line : opening(lines)) {
            if (line.contains("决算")) {
                fin++;
            }
            if (line.contains("预算")) {
                bud++;
            }
        }
        if (fin == 0 && bud == 0) {
            return DocumentKind.UNKNOWN;
        }
        return fin >= bud ? DocumentKind.FINAL_ACCOUNT : DocumentKind.BUDGET;
    }

    /** The unit named in table headers ("单位名称：…", "部门：…") and the opening lines, by vote. */
    private static String unit(List<String> lines, List<Integer> titles) {
        Map<String, Integer> votes = new HashMap<>();
        List<String> candidates = new ArrayList<>(opening(lines));
        for (int title : titles) {
            for (int k = Math.max(0, title - 3); k < Math.min(lines.size(), title + 6); k++) {
                candidates.add(lines.get(k));
            }
        }
        for (String line : candidates) {
            if ((line.indexOf(':') < 0 && line.indexOf('：') < 0)
                    || (!line.contains("单位") && !line.contains("部门"))) {
                continue;
            }
            Matcher m = UNIT_NAME.matcher(line.trim());
            if (m.find()) {
                String name = m.group(1);
                if (!name.matches("(万元|元|千元|亿元).*")) {
                    votes.merge(name, 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }
}
