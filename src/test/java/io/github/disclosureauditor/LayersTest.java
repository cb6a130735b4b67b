package io.github.disclosureauditor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packages name the pipeline (ingest → parse → facts → rules → findings → report → store →
 * server),
 * and each may use only the ones before it: the engine wraps Drools and knows nothing of
 * reading; the facts know the model and the vocabulary, not the parser; the audit package is
 * the only one that runs the whole pipeline.
 */
class LayersTest {
    private static final Path SOURCES = Path.of("src/main/java/io/github/disclosureauditor");
    private static final Pattern USE = Pattern.compile("io\\.github\\.disclosureauditor\\.([a-z]+)\\.");
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("vocabulary", Set.of()),
            Map.entry("ingest", Set.of()),
            Map.entry("parse", Set.of("ingest", "model", "vocabulary")),
            Map.entry("facts", Set.of("model", "vocabulary")),
            Map.entry("finding", Set.of("ingest")),
            Map.entry("engine", Set.of("facts", "finding", "model", "vocabulary")),
            Map.entry("audit", Set.of("engine", "facts", "finding", "ingest", "model", "parse", "vocabulary")),
            Map.entry("report", Set.of("audit", "facts", "finding", "model")),
            Map.entry("store", Set.of("finding", "report")),
            Map.entry("server", Set.of("audit", "engine", "ingest", "report", "store", "finding", "model", "vocabulary")),
            Map.entry("bench", Set.of("audit", "engine", "facts", "ingest", "parse", "finding", "model")),
            Map.entry("cli", Set.of("audit", "bench", "engine", "finding", "ingest", "parse", "report", "server",
                    "store", "model")));

    @Test
    void eachPackageUsesOnlyTheStagesBeforeIt() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> s = Files.walk(SOURCES)) {
            for (Path file : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                if (pkg.endsWith(".java")) {
                    continue;
                }
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) {
                    violations.add(pkg + ": a package not in the layer list");
                    continue;
                }
                Matcher m = USE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !allowed.contains(used)) {
                        violations.add(SOURCES.relativize(file) + " uses " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList());
    }
}
