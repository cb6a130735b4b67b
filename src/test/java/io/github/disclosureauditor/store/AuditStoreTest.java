package io.github.disclosureauditor.store;

import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.report.AuditReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store's contract, on the embedded H2 default and on a real PostgreSQL: {@code .ci/run}
 * starts one and sets AUDITOR_TEST_PG_URL (under CI=true its absence is a failure; elsewhere the
 * PostgreSQL case is skipped).
 */
class AuditStoreTest {
    static DatabaseConfig database(String kind, Path dir) {
        if (kind.equals("h2")) {
            return DatabaseConfig.embedded(dir);
        }
        String url = System.getenv("AUDITOR_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            assertFalse("true".equalsIgnoreCase(System.getenv("CI")), "CI must provide PostgreSQL (.ci/postgres.sh)");
            Assumptions.abort("AUDITOR_TEST_PG_URL not set");
        }
        return new DatabaseConfig(url, System.getenv("AUDITOR_TEST_PG_USER"), System.getenv("AUDITOR_TEST_PG_PASSWORD"));
    }

    /** A fresh schema each time on PostgreSQL too: drop what an earlier run left. */
    private static AuditStore fresh(DatabaseConfig db) throws Exception {
        if (db.postgres()) {
            try (var c = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
                 var s = c.createStatement()) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        }
        return AuditStore.open(db);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void keepsAuditsAndVerdicts(String kind, @TempDir Path dir) throws Exception {
        DatabaseConfig db = database(kind, dir);
        byte[] seed = Files.readAllBytes(TestSupport.seed("000"));
        Auditor.Result result = TestSupport.auditor().audit(seed);
        AuditReport report = AuditReport.of("000.txt", result);
        String hash = AuditStore.hash(seed);
        Finding first = report.findings().get(0);
        String key = FindingKeys.of(first);
        long id;
        try (AuditStore store = fresh(db)) {
            id = store.save("000.txt", seed, hash, report, "{\"findings\":[]}", 7);
            long second = store.save("000（再次）.txt", seed, hash, report, "{}", 8);
            assertTrue(second > id);
            assertEquals(List.of(second, id), store.list(10).stream().map(AuditSummary::id).toList());
            AuditSummary s = store.get(id).orElseThrow().summary();
            assertEquals("三门峡市医疗保障服务中心", s.unit());
            assertEquals(2024, s.year());
            assertEquals(7, s.ruleBaseVersion());
            assertEquals(report.findings().size(), s.findings());
            assertEquals(3, s.high());
            assertEquals(0, s.reviewed());
            assertEquals(report.findings().size(), store.findingKeys(id).size());
            assertEquals(key, store.findingKeys(id).get(0));
            assertEquals(id, store.previous(hash, second).orElseThrow());
            assertTrue(store.previous(hash, id).isEmpty());
            assertTrue(java.util.Arrays.equals(seed, store.content(hash).orElseThrow()));

            store.setVerdict(hash, key, first.ruleId(), Verdict.PENDING, "");
            assertEquals(0, store.get(id).orElseThrow().summary().reviewed(), "待定 is not a decision");
            store.setVerdict(hash, key, first.ruleId(), Verdict.CONFIRMED, "核实：收支总表不平衡");
            assertEquals(1, store.get(second).orElseThrow().summary().reviewed(), "the verdict holds for every audit");
            Map<String, Review> reviews = store.reviews(hash);
            assertEquals(1, reviews.size());
            assertEquals("核实：收支总表不平衡", reviews.get(key).note());
            assertEquals(Verdict.CONFIRMED, reviews.get(key).verdict());
            RuleQuality q = store.ruleQuality().get(first.ruleId());
            assertEquals(1, q.confirmed());
            assertEquals(0, q.dismissed());
            assertTrue(store.get(9999).isEmpty());
        }
        try (AuditStore store = AuditStore.open(db)) {
            assertEquals("核实：收支总表不平衡", store.reviews(hash).get(key).note(), "kept across reopening");
            assertEquals(2, store.list(10).size(), "migrations run once");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void concurrentFirstAuditsOfOneDocumentAllSucceed(String kind, @TempDir Path dir) throws Exception {
        DatabaseConfig db = database(kind, dir);
        byte[] seed = Files.readAllBytes(TestSupport.seed("002"));
        AuditReport report = AuditReport.of("002.txt", TestSupport.auditor().audit(seed));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (AuditStore store = fresh(db)) {
            List<Future<Long>> saves = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                saves.add(pool.submit(() -> store.save("002.txt", seed, AuditStore.hash(seed), report, "{}", 1)));
            }
            for (Future<Long> f : saves) {
                assertTrue(f.get() > 0);
            }
            assertEquals(16, store.list(100).size());
        } finally {
            pool.shutdownNow();
        }
    }
}
