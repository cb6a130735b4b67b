package io.github.disclosureauditor.hardening;

import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.server.AuditServer;
import io.github.disclosureauditor.server.ServerOptions;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Static files stay inside web/, and error responses reveal no internals. */
class SecurityTest {
    private static String raw(int port, String path) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void staticFilesCannotEscapeWebDirectory() throws Exception {
        try (AuditServer server = AuditServer.create(TestSupport.serverOptions().withPort(0)).start()) {
            int port = server.port();
            assertTrue(raw(port, "/app.js").startsWith("HTTP/1.1 200"));
            for (String path : new String[]{"/../pom.xml", "/..%2fpom.xml", "/%2e%2e/pom.xml", "/%2e%2e%2fpom.xml",
                "/web/../../pom.xml", "/..%5c..%5cpom.xml", "/../rules/arithmetic.drl", "/%2e%2e/rules/CATALOG.md",
                "//etc/passwd", "/../../../../etc/passwd"}) {
                String response = raw(port, path);
                assertFalse(response.startsWith("HTTP/1.1 200"), path + " must not be served");
                assertFalse(response.contains("<artifactId>") || response.contains("root:x:") || response.contains("rule \""),
                        path + " leaked a file");
                assertFalse(response.contains("\tat ") || response.contains(".java:"), path + " leaked a stack trace");
            }
        }
    }

    @Test
    void errorsRevealNoPathsOrStackTraces() throws Exception {
        try (AuditServer server = AuditServer.create(TestSupport.serverOptions().withPort(0)).start()) {
            String response = raw(server.port(), "/api/rules/nothing");
            BadInputTest.assertNoLeak(response);
            assertTrue(response.contains("\"NOT_FOUND\""));
        }
    }
}
