package io.github.disclosureauditor;

import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.engine.RuleCompiler;
import io.github.disclosureauditor.engine.RuleEngine;
import io.github.disclosureauditor.ingest.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shared, lazily built auditor over the project's rules/ folder (building takes seconds). */
public final class TestSupport {
    public static final Path RULES = Path.of("rules");
    public static final Path SEEDS = Path.of("seeds");
    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private static Auditor auditor;
    private static RuleEngine engine;

    private TestSupport() {
    }

    public static synchronized Auditor auditor() {
        if (auditor == null) {
            auditor = new Auditor(engine());
        }
        return auditor;
    }

    /** The engine over the project's rules/, built once. */
    public static synchronized RuleEngine engine() {
        if (engine == null) {
            RuleEngine e = new RuleEngine(RULES);
            RuleCompiler.Result r = e.reload();
            if (!r.ok()) {
                throw new IllegalStateException("rules do not compile: " + r.errors());
            }
            engine = e;
        }
        return engine;
    }

    public static Auditor.Result audit(Path file) {
        try {
            return auditor().audit(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The seed documents: the regular files directly in seeds/, sorted. Sub-folders (seeds/corpus,
     * the scored development corpus) are not seeds.
     */
    public static List<Path> seedFiles() {
        try (var s = Files.list(SEEDS)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path seed(String prefix) {
        try (var s = Files.list(SEEDS)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Service options for a test: the project's rules, any free port, and a private in-memory
     * database, so tests neither share state nor write into ./data.
     */
    public static io.github.disclosureauditor.server.ServerOptions serverOptions() {
        return io.github.disclosureauditor.server.ServerOptions.defaults().withPort(0).withDatabase(
                io.github.disclosureauditor.store.DatabaseConfig.inMemory("test-" + java.util.UUID.randomUUID()));
    }
}
