package io.github.disclosureauditor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.report.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonContractAndExitCodeOneOnHighFinding() throws Exception {
        int code = run("audit", "--format", "json", TestSupport.seed("000").toString());
        assertEquals(1, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(1, stdout().strip().split("\n").length, "one document is one JSON line, as in a batch");
        JsonNode root = Json.mapper().readTree(stdout());
        assertEquals("三门峡市医疗保障服务中心", root.at("/document/unit").asText());
        assertEquals(2024, root.at("/document/year").asInt());
        assertEquals("BUDGET", root.at("/document/kind").asText());
        assertTrue(root.at("/document/tables").size() > 5);
        JsonNode first = root.at("/findings/0");
        assertEquals(1, first.get("rank").asInt());
        assertEquals("HIGH", first.get("severity").asText());
        for (String field : new String[]{"ruleId", "category", "title", "message", "expected", "actual"}) {
            assertTrue(first.hasNonNull(field), field);
        }
        assertTrue(first.at("/evidence/0/line").asInt() > 0);
        assertTrue(first.at("/evidence/0/text").asText().length() > 0);
        assertTrue(root.get("parseProblems").isArray());
        assertTrue(!first.has("magnitude"), "internal ranking score stays internal");
    }

    @Test
    void failOnNoneExitsZeroAndTextReportIsChinese() {
        int code = run("audit", "--fail-on", "NONE", TestSupport.seed("002").toString());
        assertEquals(0, code);
        assertTrue(stdout().contains("单位：忻州市医疗保险服务中心"), stdout());
        assertTrue(stdout().contains("发现："));
        assertTrue(stdout().matches("(?s).*发现：\\d+ 项（高 \\d+，中 \\d+，低 \\d+，提示 \\d+）.*"), stdout());
        assertTrue(stdout().contains("类型：预算") && !stdout().contains("[HIGH]") && !stdout().contains("[INFO]"));
    }

    @Test
    void cleanFixtureExitsZero() {
        assertEquals(0, run("audit", TestSupport.FIXTURES.resolve("ARITH-001/negative.txt").toString()));
    }

    @Test
    void usageAndInputErrorsExitTwo(@TempDir Path dir) throws Exception {
        assertEquals(2, run());
        assertEquals(2, run("audit"));
        assertEquals(2, run("audit", "--format", "xml", "x.txt"));
        assertEquals(2, run("audit", "--bogus", "1", "x.txt"));
        assertEquals(2, run("audit", dir.resolve("missing.txt").toString()));
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertEquals(2, run("audit", empty.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("EMPTY_INPUT"));
    }

    @Test
    void brokenRulesDirectoryIsReportedWithFileAndExitTwo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.drl"), "package x;\nrule \"r\" when then oops end\n");
        assertEquals(2, run("audit", "--rules", dir.toString(), TestSupport.seed("000").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.drl"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void folderBatchWritesJsonlCsvAndHtmlWithProgress(@TempDir Path dir) throws Exception {
        // A folder holding just the five seeds (seeds/ itself also holds the corpus sub-folder).
        Path folder = Files.createDirectory(dir.resolve("seeds"));
        for (Path seed : TestSupport.seedFiles()) {
            Files.copy(seed, folder.resolve(seed.getFileName()));
        }
        Path reports = dir.resolve("out");
        int code = run("audit", "--format", "json", "--fail-on", "NONE", "--report", reports.toString(),
                folder.toString());
        assertEquals(0, code);
        String[] lines = stdout().split("\n");
        assertEquals(5, lines.length, "one JSON line per document");
        for (String l : lines) {
            assertTrue(Json.mapper().readTree(l).has("findings"));
        }
        assertEquals(5, Files.readAllLines(reports.resolve("findings.jsonl")).size());
        List<String> csv = Files.readAllLines(reports.resolve("summary.csv"));
        assertEquals(6, csv.size());
        assertTrue(csv.get(1).startsWith(folder.resolve("000_2fda112b4c8032d3.txt") + ",三门峡市医疗保障服务中心,2024,预算,14,3,"),
                csv.get(1));
        assertEquals("\ufeff文件,单位,年度,类型,表格数,高,中,低,提示,错误", csv.get(0));
        String html = Files.readString(reports.resolve("report.html"));
        assertTrue(html.contains("按规则统计") && html.contains("ARITH-003") && !html.contains("<script"));
        assertTrue(!html.contains(">HIGH<") && !html.contains(">BUDGET<") && html.contains(">高<"), "Chinese labels");
        // Evidence with its line and text: ARITH-003 of seed 000 cites the rows it adds up.
        assertTrue(html.matches("(?s).*第 \\d+ 行：\\S.*"), "evidence text in the HTML report");
        String progress = err.toString(StandardCharsets.UTF_8);
        assertTrue(progress.contains("[5/5]"), progress);
    }

    @Test
    void parsePrintsTheModel() throws Exception {
        assertEquals(0, run("parse", "--format", "json", TestSupport.seed("003").toString()));
        JsonNode doc = Json.mapper().readTree(stdout());
        assertEquals(13, doc.get("tables").size());
        assertTrue(doc.get("claims").size() > 10);
    }
}
