package io.github.disclosureauditor.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.ingest.InputException;

import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;

/**
 * Fuzzes the whole ingest → parse → audit path. Any exception other than a clear input error,
 * and any document that runs into the time limit, is a bug. Without {@code JAZZER_FUZZ=1} the
 * test replays the corpus in {@code IngestFuzzTestInputs/} (seeds plus every crash found so far)
 * as regression tests; with it, it fuzzes for up to the given duration. A crash found while
 * fuzzing is written into that folder: keep it there, fix the bug, and it stays a test.
 */
class IngestFuzzTest {
    /** The short campaign CI runs (JAZZER_FUZZ=1), and the corpus replay every build runs. */
    @FuzzTest(maxDuration = "2m")
    @DisabledIfSystemProperty(named = "fuzz.long", matches = "true")
    void auditNeverCrashes(byte[] input) {
        check(input);
    }

    /** A longer local campaign: {@code JAZZER_FUZZ=1 mvn test -Dtest=IngestFuzzTest -Dfuzz.long=true}. */
    @FuzzTest(maxDuration = "1h")
    @EnabledIfSystemProperty(named = "fuzz.long", matches = "true")
    void auditNeverCrashesLong(byte[] input) {
        check(input);
    }

    private static void check(byte[] input) {
        try {
            Auditor.Result r = TestSupport.auditor().audit(input, Duration.ofSeconds(20));
            if (r.findings() == null || r.document() == null) {
                throw new AssertionError("audit returned no result");
            }
        } catch (InputException e) {
            if (e.code().equals("PROCESSING_TIMEOUT")) {
                throw new AssertionError("document took longer than the time limit", e);
            }
        }
    }
}
