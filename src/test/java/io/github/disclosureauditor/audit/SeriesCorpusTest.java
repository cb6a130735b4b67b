package io.github.disclosureauditor.audit;

import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.engine.RuleCompiler;
import io.github.disclosureauditor.engine.RuleEngine;
import io.github.disclosureauditor.finding.Evidence;
import io.github.disclosureauditor.finding.Finding;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus series (several years of one unit's real documents) audited together, compared whole
 * with hand-checked expected files in src/test/resources/series: every comparison the
 * cross-document rules made (through a test-only probe rule) and every cross-document finding.
 * Regenerate with {@code -Dgolden.update=true} and check each line by hand.
 */
class SeriesCorpusTest {
    private static final Path CORPUS = Path.of("seeds/corpus/txt");
    private static final Path EXPECTED = Path.of("src/test/resources/series");

    @ParameterizedTest
    @CsvSource({"jiangsu-npc-office,101|102", "jiangsu-high-court,105|106", "jiangsu-procuratorate,103|104",
        "swu,117|118|119", "shanghai-putuo-wanli-street,114|115"})
    void seriesAsExpected(String name, String prefixes, @TempDir Path rules) throws Exception {
        try (Stream<Path> s = Files.list(TestSupport.RULES)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, rules.resolve(p.getFileName()));
            }
        }
        Files.copy(EXPECTED.resolve("probe.drl"), rules.resolve("zz_probe.drl"));
        RuleEngine engine = new RuleEngine(rules);
        RuleCompiler.Result built = engine.reload();
        assertTrue(built.ok(), built.errors().toString());
        Auditor auditor = new Auditor(engine);
        List<SeriesAuditor.Member> members = new ArrayList<>();
        for (String prefix : prefixes.split("\\|")) {
            try (Stream<Path> s = Files.list(CORPUS)) {
                Path file = s.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
                members.add(new SeriesAuditor.Member(file.getFileName().toString(), auditor.audit(Files.readAllBytes(file))));
            }
        }
        List<SeriesAuditor.Series> series = new SeriesAuditor(engine).audit(members);
        assertEquals(1, series.size(), "one unit");
        StringBuilder out = new StringBuilder("单位：" + series.get(0).unit() + "\n");
        series.get(0).documents().forEach(d -> out.append("文档：").append(d.year()).append(' ').append(d.kind())
                .append(' ').append(d.name()).append('\n'));
        for (Finding f : series.get(0).findings()) {
            out.append(f.ruleId()).append(' ').append(f.severity()).append(' ').append(f.message());
            for (Evidence e : f.evidence()) {
                out.append(" [").append(e.document()).append(':').append(e.line()).append(']');
            }
            out.append('\n');
        }
        assertTrue(series.get(0).ruleErrors().isEmpty(), series.get(0).ruleErrors().toString());
        Path expected = EXPECTED.resolve(name + ".expected");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, out, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), out.toString());
    }
}
