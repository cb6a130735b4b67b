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
 * while the rules are reloaded again and again (2 s after each reload finishes): no request may fail and every response must
 * equal the sequential result for its document. Prints the figures it measured.
 */
class LoadTest {
    private static final int CLIENTS = 32;

    @Test
    void concurrentClientsDuringReloads(@TempDir Path rules) throws Exception {
        try (Stream<Path> s = Files.list(TestSupport.RULES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
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
                            JsonNode findings = Json.mapper().readTree(r.body()).get("findings");
                            if (r.statusCode() != 200 || !expected.get(doc).equals(findings)) {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
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
                    }
                    reloads.incrementAndGet();
                }
                return null;
            }));
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            System.out.printf("load: %d clients, %d s, %d requests (%.0f/s), %d reloads, %d failures, slowest %.0f ms%n",
                    CLIENTS, seconds, requests.get(), requests.get() / (double) seconds, reloads.get(), failures.get(),
                    slowestNanos.get() / 1e6);
            assertEquals(0, failures.get());
            // A reload is a full DRL compilation competing with 32 clients on two cores: under that
            // load one takes 3–8 s, so require one at least every twenty seconds on average.
            assertTrue(reloads.get() >= Math.max(2, seconds / 20), "rules were reloaded during the run: " + reloads);
            assertTrue(requests.get() > CLIENTS);
        }
    }

    private static HttpResponse<String> post(HttpClient http, String base, byte[] doc) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/audit"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(doc)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
