package io.github.disclosureauditor.corpus;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What a reported finding must have to match an answer-key entry (score.py's {@code matches}):
 * a category among {@code cats} (any if empty), severity at least {@code min}, an evidence line
 * among {@code lines} (any if empty; never checked for PDF input, whose lines differ) and the
 * {@code mention} (if any) somewhere in the finding's JSON, ignoring commas and whitespace.
 */
record Criterion(List<String> cats, String min, List<Integer> lines, String mention) {
    /** score.py's SEV. */
    static final Map<String, Integer> SEV = Map.of("INFO", 0, "LOW", 1, "MEDIUM", 2, "HIGH", 3);

    Criterion {
        if (!SEV.containsKey(min)) {
            throw new IllegalArgumentException("unknown severity in answer key: " + min);
        }
        cats = List.copyOf(cats);
        lines = List.copyOf(lines);
    }

    /** The same criterion at another minimum severity (a must-not entry is probed from INFO up). */
    Criterion withMin(String newMin) {
        return new Criterion(cats, newMin, lines, mention);
    }

    boolean matches(ReportedFinding f, boolean useLines) {
        if (!cats.isEmpty() && !cats.contains(f.category())) {
            return false;
        }
        if (f.severityRank(-1) < SEV.get(min)) {
            return false;
        }
        if (useLines && !lines.isEmpty() && Collections.disjoint(f.lines(), lines)) {
            return false;
        }
        return mention == null || mention.isEmpty() || f.normalizedJson().contains(PythonJson.norm(mention));
    }
}
