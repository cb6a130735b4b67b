package io.github.disclosureauditor.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.report.Json;
import io.github.disclosureauditor.server.AuditServer;
import io.github.disclosureauditor.server.ServerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 32 concurrent clients post the seeds for a fixed time (60 s by default, {@code -Dload.seconds=N})
 * while the rules are reloaded again and again (2 s after each reload finishes) and every third
 * audit is followed by a reviewer's verdict on one of its findings (kept in the database): no
 * request may fail, every audit must equal the sequential result for its document and every
 * verdict must come back as written. Prints the figures it measured.
 */
class LoadTest {
    private static final int CLIENTS = 32;

    @Test
    void concurrentClientsDuringReloads(@TempDir Path rules) throws Exception {
        try (Stream<Path> s = Files.list(TestSupport.RULES)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, rules.resolve(p.getFileName()));
            }
        }
        long seconds = Long.getLong("load.seconds", 60);
        List<byte[]> docs = new ArrayList<>();
        for (Path p : TestSupport.seedFiles()) {
            docs.add(Files.readAllBytes(p));
        }
        try (AuditServer server = AuditServer.create(TestSupport.serverOptions().withRules(rules).withPort(0)).start()) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
            List<JsonNode> expected = new ArrayList<>();
            for (byte[] d : docs) {
                expected.add(Json.mapper().readTree(post(http, base, d).body()).get("findings"));
            }
            AtomicInteger requests = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            AtomicInteger reloads = new AtomicInteger();
            AtomicInteger verdicts = new AtomicInteger();
            AtomicLong slowestNanos = new AtomicLong();
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    int i = client;
                    while (System.nanoTime() < deadline) {
                        int doc = i++ % docs.size();
                        long t = System.nanoTime();
                        try {
                            HttpResponse<String> r = post(http, base, docs.get(doc));
                            slowestNanos.accumulateAndGet(System.nanoTime() - t, Math::max);
                            JsonNode answer = Json.mapper().readTree(r.body());
                            JsonNode findings = answer.get("findings");
                            if (r.statusCode() != 200 || !expected.get(doc).equals(findings)) {
                                failures.incrementAndGet();
                                System.out.println("load: audit failed: " + r.statusCode());
                            } else if (i % 3 == 0 && answer.get("findingKeys").size() > 0) {
                                JsonNode keys = answer.get("findingKeys");
                                String key = keys.get(i % keys.size()).asText();
                                String note = "client " + client + " #" + i;
                                HttpResponse<String> v = verdict(http, base, answer.get("auditId").asLong(), key, note);
                                JsonNode saved = Json.mapper().readTree(v.body());
                                if (v.statusCode() != 200 || !note.equals(saved.path("note").asText())) {
                                    failures.incrementAndGet();
                                    System.out.println("load: verdict failed: " + v.statusCode() + " " + v.body());
                                }
                                verdicts.incrementAndGet();
                                requests.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                            System.out.println("load: request failed: " + e);
                        }
                        requests.incrementAndGet();
                    }
                    return null;
                }));
            }
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    Thread.sleep(2000);
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/rules/reload"))
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        failures.incrementAndGet();
                        System.out.println("load: reload failed: " + r.statusCode() + " " + r.body());
                    }
                    reloads.incrementAndGet();
                }
                return null;
            }));
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            System.out.printf("load: %d clients, %d s, %d requests (%.0f/s) of which %d verdict writes, %d reloads, "
                    + "%d failures, slowest audit %.0f ms%n", CLIENTS, seconds, requests.get(),
                    requests.get() / (double) seconds, verdicts.get(), reloads.get(), failures.get(), slowestNanos.get() / 1e6);
            assertEquals(0, failures.get());
            // A reload is a full DRL compilation competing with 32 clients on two cores: under that
            // load one takes 3–8 s, so require one at least every twenty seconds on average.
            assertTrue(reloads.get() >= Math.max(2, seconds / 20), "rules were reloaded during the run: " + reloads);
            assertTrue(requests.get() > CLIENTS);
            assertTrue(verdicts.get() > CLIENTS, "verdicts were written during the run: " + verdicts);
        }
    }

    private static HttpResponse<String> verdict(HttpClient http, String base, long audit, String key, String note)
            throws Exception {
        String body = Json.write(java.util.Map.of("key", key, "verdict", "DISMISSED", "note", note), false);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/audits/" + audit + "/verdicts"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(HttpClient http, String base, byte[] doc) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/audit"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(doc)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
