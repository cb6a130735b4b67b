package io.github.disclosureauditor.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.disclosureauditor.report.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One hand-checked answer key (gold/NNN.json): the real problems of a document ({@code required}
 * ones count for recall) and the tempting non-problems it must not be reported for above
 * {@code max}. Defaults are score.py's: min INFO, max LOW, no cats/lines/mention = any.
 */
record AnswerKey(String doc, List<GoldFinding> findings, List<MustNot> mustNot) {
    record GoldFinding(String id, boolean required, Criterion criterion, String what) {
    }

    record MustNot(String what, Criterion criterion, String max) {
        MustNot {
            if (!Criterion.SEV.containsKey(max)) {
                throw new IllegalArgumentException("unknown severity in answer key: " + max);
            }
        }
    }

    int requiredCount() {
        return (int) findings.stream().filter(GoldFinding::required).count();
    }

    /** All keys of a folder by document name, like score.py's load_gold (a later file wins a name). */
    static Map<String, AnswerKey> readAll(Path dir) throws IOException {
        Map<String, AnswerKey> keys = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                AnswerKey k = read(Json.mapper().readTree(p.toFile()));
                keys.put(k.doc(), k);
            }
        }
        return keys;
    }

    static AnswerKey read(JsonNode d) {
        if (!d.path("doc").isTextual()) {
            throw new IllegalArgumentException("answer key without \"doc\"");
        }
        List<GoldFinding> findings = new ArrayList<>();
        for (JsonNode x : d.path("findings")) {
            findings.add(new GoldFinding(x.path("id").asText(""), PythonJson.truthy(x.get("required")),
                    criterion(x, x.path("min").asText("INFO")), x.path("what").asText("")));
        }
        List<MustNot> mustNot = new ArrayList<>();
        for (JsonNode m : d.path("must_not")) {
            mustNot.add(new MustNot(m.path("what").asText(""), criterion(m, "INFO"), m.path("max").asText("LOW")));
        }
        return new AnswerKey(d.get("doc").textValue(), List.copyOf(findings), List.copyOf(mustNot));
    }

    private static Criterion criterion(JsonNode x, String min) {
        List<String> cats = new ArrayList<>();
        x.path("cats").forEach(c -> cats.add(c.asText()));
        List<Integer> lines = new ArrayList<>();
        x.path("lines").forEach(l -> lines.add(l.asInt()));
        JsonNode mention = x.get("mention");
        return new Criterion(cats, min, lines, PythonJson.truthy(mention) ? mention.asText() : null);
    }
}
