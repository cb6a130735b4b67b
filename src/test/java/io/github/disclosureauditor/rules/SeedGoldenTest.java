package io.github.disclosureauditor.rules;

import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.report.Json;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The complete ranked findings of every seed, compared whole with hand-checked golden files.
 * After a deliberate change, regenerate with {@code mvn test -Dgolden.update=true}, then read
 * the diff before committing it.
 */
class SeedGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    List<DynamicTest> seeds() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path seed : TestSupport.seedFiles()) {
            String name = seed.getFileName().toString().replaceAll("\\.txt$", "") + ".json";
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Auditor.Result r = TestSupport.audit(seed);
                String actual = Json.write(r.findings(), true) + "\n";
                Path golden = GOLDEN.resolve(name);
                if (Boolean.getBoolean("golden.update")) {
                    Files.writeString(golden, actual, StandardCharsets.UTF_8);
                }
                assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
            }));
        }
        return tests;
    }
}
