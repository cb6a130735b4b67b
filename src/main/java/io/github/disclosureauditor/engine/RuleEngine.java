package io.github.disclosureauditor.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the current rule base and swaps it atomically on reload. A failed build keeps the old
 * rule base serving and records the errors; audits read the reference once, so an audit in
 * flight during a reload finishes on one consistent rule base.
 */
public final class RuleEngine {
    /** Errors of the last failed build, with when it happened; empty after a good build. */
    public record BuildStatus(List<RuleError> errors, Instant at) {
    }

    private final Path directory;
    private final RuleCompiler compiler = new RuleCompiler();
    private final AtomicReference<RuleBase> current = new AtomicReference<>();
    private final AtomicReference<BuildStatus> lastFailure = new AtomicReference<>(new BuildStatus(List.of(), null));

    public RuleEngine(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Builds from the rules directory; on success replaces the rule base. Serialised. */
    public synchronized RuleCompiler.Result reload() {
        RuleBase before = current.get();
        RuleCompiler.Result r = compiler.compile(directory, before == null ? 1 : before.version() + 1);
        if (r.ok()) {
            current.set(r.ruleBase());
            lastFailure.set(new BuildStatus(List.of(), null));
        } else {
            lastFailure.set(new BuildStatus(r.errors(), Instant.now()));
        }
        return r;
    }

    /** The rule base in force, or null when no build has ever succeeded. */
    public RuleBase current() {
        return current.get();
    }

    public BuildStatus lastFailure() {
        return lastFailure.get();
    }
}
