package io.github.disclosureauditor.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.report.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service defects found by trying it as a user would, each reproduced with the exact request
 * that showed it (sent as raw bytes, so no client library tidies it up first).
 */
class ServiceDefectsTest {
    private static AuditServer server;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static PrintStream stderr;

    /** Status line and body of a raw HTTP/1.1 exchange. */
    record Raw(int status, String headers, String body) {
        JsonNode json() throws Exception {
            return Json.mapper().readTree(body);
        }

        String code() throws Exception {
            return json().at("/error/code").asText();
        }
    }

    @BeforeAll
    static void start() {
        stderr = System.err;
        System.setErr(new PrintStream(new TeeStream(stderr, LOG), true, StandardCharsets.UTF_8));
        server = AuditServer.create(TestSupport.serverOptions().withPort(0).withRules(TestSupport.RULES)
                .withReloadInterval(Duration.ofSeconds(30))).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        System.setErr(stderr);
    }

    private static Raw send(String head, byte[] body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String request = head.replace("\n", "\r\n") + "Host: 127.0.0.1:" + server.port() + "\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String headers = response.substring(0, split);
            Matcher m = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(headers);
            assertTrue(m.find(), headers);
            String rest = response.substring(split + 4);
            if (headers.toLowerCase().contains("transfer-encoding: chunked")) {
                rest = dechunk(rest);
            }
            return new Raw(Integer.parseInt(m.group(1)), headers, rest);
        }
    }

    private static String dechunk(String s) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        while (i < bytes.length) {
            int eol = i;
            while (eol + 1 < bytes.length && !(bytes[eol] == '\r' && bytes[eol + 1] == '\n')) {
                eol++;
            }
            int size = Integer.parseInt(new String(bytes, i, eol - i, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(new String(bytes, eol + 2, size, StandardCharsets.UTF_8));
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }

    private static void assertClientError(Raw r, int status, String code) throws Exception {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.headers().toLowerCase().contains("content-type: application/json"), r.headers());
        assertEquals(code, r.code(), r.body());
        assertFalse(r.json().at("/error/message").asText().matches(".*[A-Za-z]{12,}.*"), "message in Chinese: " + r.body());
    }

    @Test
    void malformedMultipartIsAClientError() throws Exception {
        assertClientError(send("POST /api/audit HTTP/1.1\nContent-Type: multipart/form-data; boundary=xyz\n",
                "garbage".getBytes(StandardCharsets.UTF_8)), 400, "BAD_REQUEST");
        assertClientError(send("POST /api/audit HTTP/1.1\nContent-Type: multipart/form-data\n",
                "garbage".getBytes(StandardCharsets.UTF_8)), 400, "BAD_REQUEST");
        byte[] cut = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc"
                .getBytes(StandardCharsets.UTF_8);
        assertClientError(send("POST /api/audit HTTP/1.1\nContent-Type: multipart/form-data; boundary=xyz\n", cut),
                400, "BAD_REQUEST");
    }

    @Test
    void unknownCharsetIsIgnoredAndTheContentDecides() throws Exception {
        byte[] seed = Files.readAllBytes(TestSupport.seed("002"));
        Raw r = send("POST /api/audit HTTP/1.1\nContent-Type: text/plain; charset=bogus-charset\n", seed);
        assertEquals(200, r.status(), r.body());
        assertEquals("忻州市医疗保险服务中心", r.json().at("/document/unit").asText());
    }

    @Test
    void twoFilesInOneUploadAreRefusedNotHalfAudited() throws Exception {
        String form = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n某局\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.txt\"\r\n\r\n某局\r\n--b--\r\n";
        Raw r = send("POST /api/audit HTTP/1.1\nContent-Type: multipart/form-data; boundary=b\n",
                form.getBytes(StandardCharsets.UTF_8));
        assertClientError(r, 400, "BAD_REQUEST");
        assertTrue(r.json().at("/error/message").asText().contains("2 个"), r.body());
        String empty = "--b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n--b--\r\n";
        assertClientError(send("POST /api/audit HTTP/1.1\nContent-Type: multipart/form-data; boundary=b\n",
                empty.getBytes(StandardCharsets.UTF_8)), 400, "EMPTY_INPUT");
    }

    @Test
    void errorsJettyAnswersItselfAreJsonToo() throws Exception {
        Raw dotdot = send("GET /%2e%2e/pom.xml HTTP/1.1\n", new byte[0]);
        assertClientError(dotdot, 400, "BAD_REQUEST");
        assertFalse(dotdot.body().contains("<html"), dotdot.body());
        Raw missing = send("GET /api/nothing HTTP/1.1\n", new byte[0]);
        assertClientError(missing, 404, "NOT_FOUND");
        Raw method = send("DELETE /api/audit HTTP/1.1\n", new byte[0]);
        assertTrue(method.status() == 404 || method.status() == 405, method.body());
        assertTrue(method.code().equals("NOT_FOUND") || method.code().equals("METHOD_NOT_ALLOWED"), method.body());
    }

    @Test
    void reloadRefusesOtherSitesProxiesAndBursts() throws Exception {
        assertClientError(send("POST /api/rules/reload HTTP/1.1\nOrigin: http://evil.example\n", new byte[0]),
                403, "FORBIDDEN");
        assertClientError(send("POST /api/rules/reload HTTP/1.1\nSec-Fetch-Site: cross-site\n", new byte[0]),
                403, "FORBIDDEN");
        assertClientError(send("POST /api/rules/reload HTTP/1.1\nX-Forwarded-For: 203.0.113.9\n", new byte[0]),
                403, "FORBIDDEN");
        Raw own = send("POST /api/rules/reload HTTP/1.1\nOrigin: http://127.0.0.1:" + server.port() + "\n", new byte[0]);
        assertEquals(200, own.status(), own.body());
        Raw again = send("POST /api/rules/reload HTTP/1.1\n", new byte[0]);
        assertClientError(again, 429, "TOO_MANY_REQUESTS");
        assertTrue(again.headers().contains("Retry-After: "), again.headers());
    }

    @Test
    void theServiceLogsRequestsErrorsAndReloads() throws Exception {
        send("GET /api/health HTTP/1.1\n", new byte[0]);
        String log = LOG.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("rules rebuilt (reload): version"), log);
        assertTrue(log.matches("(?s).*access - GET /api/health 200 [0-9.]+ ms 127\\.0\\.0\\.1.*"), log);
    }

    /** Writes to the real stderr and keeps a copy, to read what the service logged. */
    private static final class TeeStream extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        TeeStream(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }

}
