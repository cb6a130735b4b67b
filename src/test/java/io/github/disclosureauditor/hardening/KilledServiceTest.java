package io.github.disclosureauditor.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.report.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service killed with SIGKILL while reviewers' verdicts are being written loses no verdict it
 * acknowledged, and starts again on the same embedded database. The service runs in a forked
 * JVM (the test's own classpath), so the kill is a real one.
 */
class KilledServiceTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Process start(Path data, int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "io.github.disclosureauditor.cli.Main", "serve", "--port", String.valueOf(port),
                "--rules", TestSupport.RULES.toString(), "--data", data.toString());
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return pb.start();
    }

    private static void awaitHealthy(String base, Process p, Path log) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            if (!p.isAlive()) {
                throw new AssertionError("service exited: " + Files.readString(log));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("service did not start: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void acknowledgedVerdictsSurviveSigkill(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("service.log");
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        Process service = start(data, port, log);
        long auditId;
        List<String> keys = new ArrayList<>();
        Map<String, Integer> acked = new ConcurrentHashMap<>();
        AtomicInteger writes = new AtomicInteger();
        try {
            awaitHealthy(base, service, log);
            JsonNode audit = Json.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/audit"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(TestSupport.seed("000")))).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            auditId = audit.get("auditId").asLong();
            audit.get("findingKeys").forEach(k -> keys.add(k.asText()));
            assertTrue(keys.size() >= 8);

            // Four reviewers write numbered notes on the findings until the service dies.
            AtomicBoolean dead = new AtomicBoolean();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                final int writer = w;
                Thread t = new Thread(() -> {
                    for (int n = 1; !dead.get(); n++) {
                        String key = keys.get((writer + 4 * n) % keys.size());
                        String body = Json.write(Map.of("key", key, "verdict", n % 2 == 0 ? "CONFIRMED" : "DISMISSED",
                                "note", writer + ":" + n), false);
                        try {
                            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                                    URI.create(base + "/api/audits/" + auditId + "/verdicts"))
                                    .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200) {
                                acked.merge(key + "#" + writer, n, Math::max);
                                writes.incrementAndGet();
                            }
                        } catch (Exception e) {
                            return;
                        }
                    }
                });
                t.start();
                writers.add(t);
            }
            while (writes.get() < 200) {
                Thread.sleep(20);
            }
            service.destroyForcibly();   // SIGKILL: no shutdown hook, no flush
            service.waitFor();
            dead.set(true);
            for (Thread t : writers) {
                t.join(10_000);
            }
        } finally {
            service.destroyForcibly();
        }
        System.out.printf("killed after %d acknowledged verdict writes%n", writes.get());

        Process again = start(data, port, log);
        try {
            awaitHealthy(base, again, log);
            HttpResponse<String> kept = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/audits/" + auditId))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, kept.statusCode(), "the acknowledged audit was lost: " + kept.body());
            JsonNode reviews = Json.readTree(kept.body()).get("reviews");
            // Each key's stored note is by one writer; for every writer that wrote a key, the stored
            // write is not older than the last one acknowledged to it — unless another writer's
            // later write replaced it.
            int checked = 0;
            for (String key : keys) {
                JsonNode r = reviews.get(key);
                List<Integer> ackedHere = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    Integer n = acked.get(key + "#" + w);
                    if (n != null) {
                        ackedHere.add(n);
                    }
                }
                if (ackedHere.isEmpty()) {
                    continue;
                }
                assertTrue(r != null, "acknowledged verdicts on " + key + " were lost");
                String[] note = r.get("note").asText().split(":");
                int writer = Integer.parseInt(note[0]);
                int n = Integer.parseInt(note[1]);
                Integer last = acked.get(key + "#" + writer);
                assertTrue(last == null || n >= last, key + ": stored " + r.get("note") + ", acknowledged " + last);
                checked++;
            }
            assertTrue(checked >= 8, "verdicts checked: " + checked);
            JsonNode history = Json.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/audits")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertEquals(1, history.get("audits").size());
            assertTrue(Files.readString(log, StandardCharsets.UTF_8).contains("已启动"));
        } finally {
            again.destroy();
            again.waitFor();
        }
    }
}
