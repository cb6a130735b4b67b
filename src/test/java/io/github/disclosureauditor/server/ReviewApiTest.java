package io.github.disclosureauditor.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.report.Json;
import io.github.disclosureauditor.store.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kept audits and their review over HTTP: verdicts, re-audits, exports, pages, batches. */
class ReviewApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private record Answer(int status, String body, HttpResponse<byte[]> raw) {
        JsonNode json() {
            return Json.readTree(body);
        }
    }

    private static Answer send(AuditServer s, String method, String path, String type, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .timeout(Duration.ofSeconds(60));
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r);
    }

    private static Answer verdict(AuditServer s, long id, String key, String verdict, String note) throws Exception {
        String body = Json.write(java.util.Map.of("key", key, "verdict", verdict, "note", note), false);
        return send(s, "PUT", "/api/audits/" + id + "/verdicts", "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static Path copyRules(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(TestSupport.RULES)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void verdictsSurviveReauditsWithChangedRulesAndRestarts(@TempDir Path dir) throws Exception {
        Path rules = copyRules(Files.createDirectory(dir.resolve("rules")));
        ServerOptions options = TestSupport.serverOptions().withRules(rules).withReloadInterval(Duration.ZERO)
                .withDatabase(DatabaseConfig.embedded(dir.resolve("data")));
        byte[] seed = Files.readAllBytes(TestSupport.seed("000"));
        long first;
        String arith;
        String kept;
        try (AuditServer s = AuditServer.create(options).start()) {
            Answer audited = send(s, "POST", "/api/audit?name=seed000.txt", "text/plain", seed);
            assertEquals(200, audited.status(), audited.body());
            JsonNode a = audited.json();
            first = a.get("auditId").asLong();
            assertTrue(first > 0);
            assertEquals(a.get("findings").size(), a.get("findingKeys").size());
            assertFalse(a.has("text") && !a.get("text").isNull(), "text only on request");
            arith = key(a, "ARITH-003");
            kept = key(a, "NARR-001");

            Answer confirmed = verdict(s, first, arith, "CONFIRMED", "收支总表不平衡，已核对原表");
            assertEquals(200, confirmed.status(), confirmed.body());
            assertEquals("CONFIRMED", confirmed.json().get("verdict").asText());
            assertEquals(200, verdict(s, first, kept, "误报", "列对齐问题").status(), "Chinese verdict names work");
            assertError(verdict(s, first, arith, "MAYBE", ""), 400, "BAD_REQUEST");
            assertError(verdict(s, first, "NARR-001|1|1", "CONFIRMED", ""), 404, "NOT_FOUND");
            assertError(verdict(s, 999, arith, "CONFIRMED", ""), 404, "NOT_FOUND");
            assertError(send(s, "PUT", "/api/audits/" + first + "/verdicts", "application/json",
                    "not json".getBytes(StandardCharsets.UTF_8)), 400, "BAD_REQUEST");

            JsonNode quality = send(s, "GET", "/api/rules", null, null).json().get("quality");
            assertEquals(1, quality.at("/ARITH-003/confirmed").asInt());
            assertEquals(1, quality.at("/NARR-001/dismissed").asInt());

            // The same document again: a new audit that already carries both verdicts.
            JsonNode again = send(s, "POST", "/api/audit", "text/plain", seed).json();
            assertEquals("CONFIRMED", again.at("/reviews").get(arith).get("verdict").asText());
            assertEquals("收支总表不平衡，已核对原表", again.at("/reviews").get(arith).get("note").asText());

            // Rules change (ARITH-004 is deleted): the re-audit says what is gone, keeps the rest.
            Path file = rules.resolve("arithmetic.drl");
            String drl = Files.readString(file, StandardCharsets.UTF_8);
            int start = drl.indexOf("rule \"ARITH-004");
            int end = drl.indexOf("\nend", start) + 4;
            Files.writeString(file, drl.substring(0, start) + drl.substring(end), StandardCharsets.UTF_8);
            assertEquals(200, send(s, "POST", "/api/rules/reload", null, null).status());
            Answer re = send(s, "POST", "/api/audits/" + first + "/reaudit", null, null);
            assertEquals(200, re.status(), re.body());
            JsonNode changes = re.json().get("changes");
            assertEquals(first, changes.get("previousAuditId").asLong());
            assertEquals(0, changes.get("added").size());
            assertEquals(2, changes.get("removed").size(), changes.toString());
            assertTrue(changes.get("removed").findValuesAsText("ruleId").stream().allMatch("ARITH-004"::equals));
            assertEquals(2, re.json().get("ruleBaseVersion").asLong());
            assertEquals("CONFIRMED", re.json().at("/reviews").get(arith).get("verdict").asText());
        }
        // A restart on the same database: history, verdicts and exports are all there.
        try (AuditServer s = AuditServer.create(options).start()) {
            JsonNode history = send(s, "GET", "/api/audits", null, null).json().get("audits");
            assertEquals(3, history.size());
            assertEquals(first, history.get(2).get("id").asLong(), "newest first");
            assertTrue(history.get(2).get("reviewed").asInt() >= 2);
            JsonNode stored = send(s, "GET", "/api/audits/" + first, null, null).json();
            assertEquals("收支总表不平衡，已核对原表", stored.at("/reviews").get(arith).get("note").asText());
            assertTrue(stored.get("text").size() > 1000, "the text is kept for the evidence view");

            Answer csv = send(s, "GET", "/api/audits/" + first + "/export?format=csv", null, null);
            assertEquals(200, csv.status());
            String[] lines = csv.body().split("\r\n");
            assertEquals("\ufeff排名,规则,严重度,类别,标题,说明,列示,应为,位置与原文,结论,备注", lines[0]);
            assertTrue(csv.body().contains(",确认,收支总表不平衡，已核对原表"), csv.body());
            assertTrue(csv.raw().headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
            Answer html = send(s, "GET", "/api/audits/" + first + "/export?format=html", null, null);
            assertTrue(html.body().contains("已审阅 2 项") && html.body().contains("误报") && !html.body().contains("<script"),
                    html.body());
            assertTrue(html.body().matches("(?s).*第 \\d+ 行：.*"), "evidence text in the printable report");
            JsonNode json = Json.readTree(send(s, "GET", "/api/audits/" + first + "/export?format=json", null, null).body());
            assertEquals("CONFIRMED", json.at("/reviews").get(arith).get("verdict").asText());
            assertError(send(s, "GET", "/api/audits/" + first + "/export?format=xml", null, null), 400, "BAD_REQUEST");
            assertError(send(s, "GET", "/api/audits/" + first + "/pages/1", null, null), 404, "NOT_FOUND");
        }
    }

    private static String key(JsonNode audit, String rule) {
        JsonNode findings = audit.get("findings");
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).get("ruleId").asText().equals(rule)) {
                return audit.get("findingKeys").get(i).asText();
            }
        }
        throw new AssertionError("no " + rule);
    }

    private static void assertError(Answer a, int status, String code) {
        assertEquals(status, a.status(), a.body());
        assertEquals(code, a.json().at("/error/code").asText(), a.body());
    }

    @Test
    void pdfPagesAreRenderedWithTheScaleOfTheBoxes() throws Exception {
        try (AuditServer s = AuditServer.create(TestSupport.serverOptions()).start()) {
            byte[] pdf = Files.readAllBytes(Path.of("seeds/corpus/pdf/101_jiangsu-npc-office-2017-dept-budget.pdf"));
            JsonNode a = send(s, "POST", "/api/audit", "application/pdf", pdf).json();
            JsonNode ev = a.at("/findings/0/evidence/0");
            assertEquals(11, ev.get("page").asInt());
            assertEquals(287.4, ev.at("/box/top").asDouble(), 0.05);
            Answer page = send(s, "GET", "/api/audits/" + a.get("auditId").asLong() + "/pages/11", null, null);
            assertEquals(200, page.status());
            assertEquals("image/png", page.raw().headers().firstValue("Content-Type").orElse(""));
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(page.raw().body()));
            assertEquals(Math.round(595 * 1.5), img.getWidth(), 2.0, "A4 at 1.5 px per point");
            assertError(send(s, "GET", "/api/audits/" + a.get("auditId").asLong() + "/pages/99", null, null), 404, "NOT_FOUND");
        }
    }

    @Test
    void aZipIsAuditedDocumentByDocumentAsJsonLines() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            for (String seed : List.of("000", "002")) {
                out.putNextEntry(new ZipEntry("预算/" + TestSupport.seed(seed).getFileName()));
                out.write(Files.readAllBytes(TestSupport.seed(seed)));
            }
            out.putNextEntry(new ZipEntry("空文件.txt"));
            out.putNextEntry(new ZipEntry("__MACOSX/._x"));
            out.write(1);
        }
        try (AuditServer s = AuditServer.create(TestSupport.serverOptions()).start()) {
            Answer r = send(s, "POST", "/api/batch", "application/zip", zip.toByteArray());
            assertEquals(200, r.status(), r.body());
            assertTrue(r.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
            List<JsonNode> lines = new ArrayList<>();
            for (String l : r.body().split("\n")) {
                lines.add(Json.readTree(l));
            }
            assertEquals(4, lines.size(), r.body());
            assertEquals("三门峡市医疗保障服务中心", lines.get(0).get("unit").asText());
            assertEquals(3, lines.get(0).at("/counts/HIGH").asInt());
            assertEquals(4, lines.get(0).get("serious").asInt());
            assertEquals("EMPTY_INPUT", lines.get(2).at("/error/code").asText(), "an empty file fails alone");
            assertTrue(lines.get(3).get("done").asBoolean());
            assertEquals(1, lines.get(3).get("failed").asInt());
            assertEquals(2, send(s, "GET", "/api/audits", null, null).json().get("audits").size());
            assertError(send(s, "POST", "/api/batch", "text/plain", "不是压缩包".getBytes(StandardCharsets.UTF_8)),
                    400, "BAD_REQUEST");
        }
    }

    @Test
    void aKeptDocumentIsComparedWithTheUnitsOtherKeptDocuments() throws Exception {
        Path fixtures = Path.of("src/test/resources/fixtures/XDOC-001/positive");
        try (AuditServer s = AuditServer.create(TestSupport.serverOptions()).start()) {
            long first = send(s, "POST", "/api/audit?name=2023.txt", "text/plain",
                    Files.readAllBytes(fixtures.resolve("2023.txt"))).json().get("auditId").asLong();
            JsonNode alone = send(s, "GET", "/api/audits/" + first + "/series", null, null).json();
            assertEquals(1, alone.get("documents").size(), "one document is no series yet");
            assertEquals(0, alone.get("findings").size());
            long second = send(s, "POST", "/api/audit?name=2024.txt", "text/plain",
                    Files.readAllBytes(fixtures.resolve("2024.txt"))).json().get("auditId").asLong();
            JsonNode series = send(s, "GET", "/api/audits/" + first + "/series", null, null).json();
            assertEquals("某某市某某局", series.get("unit").asText());
            assertEquals(List.of(first, second), List.of(series.at("/documents/0/auditId").asLong(),
                    series.at("/documents/1/auditId").asLong()), "oldest first, each with its kept audit");
            assertEquals(1, series.get("findings").size());
            JsonNode f = series.at("/findings/0");
            assertEquals("XDOC-001", f.get("ruleId").asText());
            assertEquals("2023.txt", f.at("/evidence/0/document").asText());
            assertEquals(8, f.at("/evidence/0/line").asInt(), "the 2023 table's total row, counted in its own document");
            assertEquals("2024.txt", f.at("/evidence/1/document").asText());
            assertEquals(11, f.at("/evidence/1/line").asInt());
        }
    }
}
