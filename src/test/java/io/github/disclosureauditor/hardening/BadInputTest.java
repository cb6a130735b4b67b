package io.github.disclosureauditor.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.cli.Main;
import io.github.disclosureauditor.report.Json;
import io.github.disclosureauditor.server.AuditServer;
import io.github.disclosureauditor.server.ServerOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and odd input through the CLI and the HTTP service: each gets a clear error or a
 * valid audit, never a crash, a stack trace or a 500.
 */
class BadInputTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static AuditServer server;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        server = AuditServer.create(TestSupport.serverOptions().withPort(0)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Map<String, byte[]> cases() throws Exception {
        Map<String, byte[]> c = new LinkedHashMap<>();
        String seed = Files.readString(TestSupport.seed("003"), StandardCharsets.UTF_8);
        byte[] utf8 = seed.getBytes(StandardCharsets.UTF_8);
        c.put("empty", new byte[0]);
        c.put("whitespace", " \n\t\r\n   \n".getBytes(StandardCharsets.UTF_8));
        byte[] random = new byte[64 * 1024];
        new Random(42).nextBytes(random);
        c.put("binary", random);
        c.put("truncated-utf8", Arrays.copyOf(utf8, utf8.length - 1 - (utf8.length % 3 == 0 ? 1 : 0)));
        c.put("gbk", seed.getBytes(Charset.forName("GBK")));
        c.put("utf16le-bom", with(new byte[]{(byte) 0xFF, (byte) 0xFE}, seed.getBytes(StandardCharsets.UTF_16LE)));
        c.put("utf16be", seed.getBytes(StandardCharsets.UTF_16BE));
        c.put("50MB", new byte[50 * 1024 * 1024]);
        StringBuilder line = new StringBuilder(10 * 1024 * 1024);
        while (line.length() < 10 * 1024 * 1024) {
            line.append("本年支出合计 912.63 万元，其中基本支出 892.63 万元，占 97.81%，增加 1.2 万元，增长 3.4%；");
        }
        c.put("one-10MB-line", line.toString().getBytes(StandardCharsets.UTF_8));
        c.put("no-tables", "某某局2024年部门预算说明\n本单位收入总计 100.00 万元，支出总计 100.00 万元。\n".getBytes(StandardCharsets.UTF_8));
        c.put("tables-without-numbers", "2024年一般公共预算支出表\n单位：万元\n科目编码\t科目名称\t合计\n208\t社会保障和就业支出\t\n210\t卫生健康支出\t\n"
                .getBytes(StandardCharsets.UTF_8));
        c.put("all-negative", seed.replaceAll("(?<![\\d.-])(\\d+\\.\\d+)", "-$1").getBytes(StandardCharsets.UTF_8));
        c.put("odd-unicode", ("\u202E\u200B２０２４年一般公共预算支出表\u200F\n单位：万元\n合计\t\t１，２２０．２４\t\uFEFF"
                + "\n208\t社会保障和就业支出\t１２２０．２４\n说明：支出合计 1,220.24 万元，占 １００％。\u2066\u2069\n")
                .getBytes(StandardCharsets.UTF_8));
        return c;
    }

    private static byte[] with(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @TestFactory
    List<DynamicTest> http() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : cases().entrySet()) {
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/audit"))
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(e.getValue())).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertTrue(Set.of(200, 400, 413, 415, 422).contains(r.statusCode()), e.getKey() + ": " + r.statusCode());
                JsonNode body = Json.mapper().readTree(r.body());
                if (r.statusCode() == 200) {
                    assertTrue(body.get("findings").isArray());
                } else {
                    assertFalse(body.at("/error/code").asText().isEmpty());
                    assertFalse(body.at("/error/message").asText().isEmpty());
                }
                assertNoLeak(r.body());
            }));
        }
        tests.add(DynamicTest.dynamicTest("expected statuses", () -> {
            Map<String, byte[]> c = cases();
            assertEquals(400, status(c.get("empty")));
            assertEquals(400, status(c.get("whitespace")));
            assertEquals(413, status(c.get("50MB")));
            assertEquals(200, status(c.get("gbk")));
            assertEquals(200, status(c.get("truncated-utf8")));
            assertEquals(200, status(c.get("utf16be")));
        }));
        return tests;
    }

    private static int status(byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/audit"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    static void assertNoLeak(String body) {
        assertFalse(body.contains("Exception"), "no exception names");
        assertFalse(body.contains("\tat ") || body.contains(".java:"), "no stack traces");
        assertFalse(body.contains(System.getProperty("user.dir")), "no server paths");
    }

    @TestFactory
    List<DynamicTest> cli() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : cases().entrySet()) {
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                Path file = dir.resolve(e.getKey() + ".bin");
                Files.write(file, e.getValue());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = Main.run(new String[]{"audit", "--format", "json", file.toString()},
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
                String stderr = err.toString(StandardCharsets.UTF_8);
                assertTrue(code >= 0 && code <= 2, e.getKey() + " exit " + code);
                assertFalse(stderr.contains("\tat ") || stderr.contains("Exception in"), stderr);
                if (code == 2) {
                    assertFalse(stderr.isBlank(), "an input error says why");
                } else {
                    assertTrue(Json.mapper().readTree(out.toString(StandardCharsets.UTF_8)).get("findings").isArray());
                }
            }));
        }
        return tests;
    }
}
