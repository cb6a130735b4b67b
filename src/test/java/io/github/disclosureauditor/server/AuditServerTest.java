package io.github.disclosureauditor.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.report.Json;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static AuditServer server(Path rules) {
        return AuditServer.create(TestSupport.serverOptions().withRules(rules).withPort(0)
                .withReloadInterval(java.time.Duration.ZERO));
    }

    private static JsonNode json(Response r) throws IOException {
        return Json.mapper().readTree(r.body().string());
    }

    private static JsonNode post(String origin, String path, String contentType, byte[] body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode node = Json.mapper().readTree(r.body());
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("_status", r.statusCode());
        return node;
    }

    private static Path copyRules(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(TestSupport.RULES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".csv") || p.toString().endsWith("CATALOG.md")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void healthAuditAndRules() {
        try (AuditServer s = server(TestSupport.RULES)) {
            JavalinTest.test(s.app(), (app, client) -> {
                Response health = client.get("/api/health");
                assertEquals(200, health.code());
                assertEquals("ok", json(health).get("status").asText());

                byte[] seed = Files.readAllBytes(TestSupport.seed("000"));
                JsonNode audit = post(client.getOrigin(), "/api/audit?includeText=true", "text/plain", seed);
                assertEquals(200, audit.get("_status").asInt());
                assertEquals("三门峡市医疗保障服务中心", audit.at("/document/unit").asText());
                assertEquals(1, audit.at("/findings/0/rank").asInt());
                assertEquals("HIGH", audit.at("/findings/0/severity").asText());
                assertEquals(1358, audit.get("text").size());

                String gbkText = Files.readString(TestSupport.seed("003"), StandardCharsets.UTF_8);
                JsonNode gbk = post(client.getOrigin(), "/api/audit", "application/octet-stream",
                        gbkText.getBytes(Charset.forName("GBK")));
                assertEquals("GB18030", gbk.at("/document/encoding").asText());
                assertEquals("平顶山市医疗保障服务中心", gbk.at("/document/unit").asText());
                assertTrue(gbk.get("text") == null || gbk.get("text").isNull(), "text only on request");

                JsonNode word = post(client.getOrigin(), "/api/audit",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        io.github.disclosureauditor.ingest.FormatsTest.docx());
                assertEquals(200, word.get("_status").asInt(), word.toString());
                assertEquals("DOCX", word.at("/document/format").asText());
                assertTrue(word.get("findings").size() > 0);

                Response rules = client.get("/api/rules");
                JsonNode r = json(rules);
                assertEquals(200, rules.code());
                assertTrue(r.get("count").asInt() >= 30);
                assertEquals("HIGH", findRule(r, "ARITH-001").get("severity").asText());
                assertEquals(0, r.get("lastBuildErrors").size());
            });
        }
    }

    private static JsonNode findRule(JsonNode rules, String id) {
        for (JsonNode n : rules.get("rules")) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError(id + " not listed");
    }

    @Test
    void multipartUpload() {
        try (AuditServer s = server(TestSupport.RULES)) {
            JavalinTest.test(s.app(), (app, client) -> {
                String boundary = "----auditor-test";
                byte[] file = Files.readAllBytes(TestSupport.seed("002"));
                var body = new java.io.ByteArrayOutputStream();
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"doc.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file);
                body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
                JsonNode r = post(client.getOrigin(), "/api/audit", "multipart/form-data; boundary=" + boundary,
                        body.toByteArray());
                assertEquals(200, r.get("_status").asInt(), r.toString());
                assertEquals("doc.txt", r.get("source").asText());
                assertEquals("忻州市医疗保险服务中心", r.at("/document/unit").asText());
            });
        }
    }

    @Test
    void badInputGetsJsonErrorsWithStableCodes() {
        AuditServer s = AuditServer.create(TestSupport.serverOptions().withPort(0).withMaxBytes(4096));
        try (s) {
            JavalinTest.test(s.app(), (app, client) -> {
                String o = client.getOrigin();
                assertError(post(o, "/api/audit", "text/plain", new byte[0]), 400, "EMPTY_INPUT");
                assertError(post(o, "/api/audit", "text/plain", "   \n ".getBytes(StandardCharsets.UTF_8)), 400, "EMPTY_INPUT");
                byte[] binary = new byte[1000];
                for (int i = 0; i < binary.length; i++) {
                    binary[i] = (byte) (i % 5 == 0 ? 0 : 3);
                }
                assertError(post(o, "/api/audit", "application/octet-stream", binary), 400, "UNDECODABLE_INPUT");
                assertError(post(o, "/api/audit", "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 415,
                        "UNSUPPORTED_MEDIA_TYPE");
                assertError(post(o, "/api/audit", "application/pdf",
                        "%PDF-1.7 ....".getBytes(StandardCharsets.UTF_8)), 400, "CORRUPT_FILE");
                assertError(post(o, "/api/audit", "application/octet-stream",
                        new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2}), 415, "UNSUPPORTED_FORMAT");
                assertError(post(o, "/api/audit", "text/plain", new byte[5000]), 413, "PAYLOAD_TOO_LARGE");
                Response missing = client.get("/api/nothing");
                assertEquals(404, missing.code());
                assertEquals("NOT_FOUND", json(missing).at("/error/code").asText());
                Response wrongMethod = client.get("/api/audit");
                assertTrue(wrongMethod.code() == 404 || wrongMethod.code() == 405);
                assertFalse(wrongMethod.body().string().contains("Exception"));
            });
        }
    }

    private static void assertError(JsonNode r, int status, String code) {
        assertEquals(status, r.get("_status").asInt(), r.toString());
        assertEquals(code, r.at("/error/code").asText(), r.toString());
        assertFalse(r.toString().contains("at io.github"), "no stack traces");
    }

    @Test
    void reloadWithBrokenDrlKeepsServingOldRulesAndReportsErrors(@TempDir Path dir) throws Exception {
        Path rules = copyRules(dir);
        try (AuditServer s = server(rules)) {
            JavalinTest.test(s.app(), (app, client) -> {
                JsonNode before = post(client.getOrigin(), "/api/audit", "text/plain",
                        Files.readAllBytes(TestSupport.seed("000")));
                long version = before.get("ruleBaseVersion").asLong();
                Path file = rules.resolve("arithmetic.drl");
                String good = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(file, good.replace("kind == \"ROW_IDENTITY\", !ambiguous",
                        "kind == \"ROW_IDENTITY\", !ambiguous, nosuchfield > 1"), StandardCharsets.UTF_8);
                Response reload = client.post("/api/rules/reload");
                assertEquals(422, reload.code());
                JsonNode body = json(reload);
                assertFalse(body.get("ok").asBoolean());
                assertEquals("arithmetic.drl", body.at("/errors/0/file").asText());
                assertTrue(body.at("/errors/0/line").asInt() > 0);
                JsonNode listed = json(client.get("/api/rules"));
                assertEquals(version, listed.get("version").asLong());
                assertFalse(listed.get("lastBuildErrors").isEmpty());
                JsonNode after = post(client.getOrigin(), "/api/audit", "text/plain",
                        Files.readAllBytes(TestSupport.seed("000")));
                assertEquals(before.get("findings"), after.get("findings"), "old rules keep serving");
                Files.writeString(file, good, StandardCharsets.UTF_8);
                Response fixed = client.post("/api/rules/reload");
                assertEquals(200, fixed.code());
                assertTrue(json(fixed).get("version").asLong() > version);
                assertTrue(json(client.get("/api/rules")).get("lastBuildErrors").isEmpty());
            });
        }
    }

    @Test
    void ruleAddedWithoutCatalogRowIsReported(@TempDir Path dir) throws Exception {
        Path rules = copyRules(dir);
        try (AuditServer s = server(rules)) {
            JavalinTest.test(s.app(), (app, client) -> {
                assertTrue(json(client.get("/api/rules")).get("catalogProblems").isEmpty());
                Files.writeString(rules.resolve("extra.drl"), """
                        package disclosure.rules;
                        import io.github.disclosureauditor.facts.DocInfo;
                        import io.github.disclosureauditor.finding.FindingCollector;
                        global FindingCollector findings;
                        rule "X-001 extra"
                            @id("X-001") @severity("INFO") @category("COMPLETENESS") @title("临时规则")
                        when
                            DocInfo( tableCount < 0 )
                        then
                        end
                        """, StandardCharsets.UTF_8);
                assertEquals(200, client.post("/api/rules/reload").code());
                JsonNode problems = json(client.get("/api/rules")).get("catalogProblems");
                assertEquals(1, problems.size(), problems.toString());
                assertEquals("X-001（extra.drl）未在 CATALOG.md 中登记", problems.get(0).asText());
            });
        }
    }

    @Test
    void tokenProtectsReload() {
        AuditServer s = AuditServer.create(TestSupport.serverOptions().withPort(0).withToken("s3cret"));
        try (s) {
            JavalinTest.test(s.app(), (app, client) -> {
                assertEquals(403, client.post("/api/rules/reload").code());
                assertEquals(403, client.post("/api/rules/reload", null,
                        b -> b.header("X-Reload-Token", "wrong")).code());
                assertEquals(200, client.post("/api/rules/reload", null,
                        b -> b.header("X-Reload-Token", "s3cret")).code());
            });
        }
        assertTrue(RulesApi.isLoopback("127.0.0.1"));
        assertTrue(RulesApi.isLoopback("::1"));
        assertFalse(RulesApi.isLoopback("192.0.2.10"));
    }

    @Test
    void concurrentAuditsDuringReloadsAllSucceedIdentically(@TempDir Path dir) throws Exception {
        Path rules = copyRules(dir);
        try (AuditServer s = server(rules)) {
            JavalinTest.test(s.app(), (app, client) -> {
                byte[] seed = Files.readAllBytes(TestSupport.seed("003"));
                JsonNode baseline = post(client.getOrigin(), "/api/audit", "text/plain", seed).get("findings");
                ExecutorService pool = Executors.newFixedThreadPool(8);
                List<Future<JsonNode>> results = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    results.add(pool.submit(() -> post(client.getOrigin(), "/api/audit", "text/plain", seed)));
                }
                for (int i = 0; i < 3; i++) {
                    assertEquals(200, client.post("/api/rules/reload").code());
                }
                for (Future<JsonNode> f : results) {
                    JsonNode r = f.get();
                    assertEquals(200, r.get("_status").asInt());
                    assertEquals(baseline, r.get("findings"));
                }
                pool.shutdown();
            });
        }
    }

    @Test
    void watchedRulesReloadOnSave(@TempDir Path dir) throws Exception {
        Path rules = copyRules(dir);
        AuditServer s = AuditServer.create(TestSupport.serverOptions().withRules(rules).withPort(0).withWatch(true));
        try (s) {
            JavalinTest.test(s.app(), (app, client) -> {
                long version = json(client.get("/api/rules")).get("version").asLong();
                Path file = rules.resolve("counts.drl");
                Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                        .replace("说明中的项目个数与表格不符", "说明中的项目个数与表格不一致"), StandardCharsets.UTF_8);
                JsonNode listed = null;
                for (int i = 0; i < 100; i++) {
                    listed = json(client.get("/api/rules"));
                    if (listed.get("version").asLong() > version) {
                        break;
                    }
                    Thread.sleep(100);
                }
                assertTrue(listed.get("version").asLong() > version, "saved rule file was reloaded");
                assertEquals("说明中的项目个数与表格不一致", findRule(listed, "COUNT-001").get("title").asText());
            });
        }
    }
}
