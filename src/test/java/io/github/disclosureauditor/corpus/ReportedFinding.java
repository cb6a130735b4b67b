package io.github.disclosureauditor.corpus;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * One finding as score.py sees it after parsing the CLI's JSON: its category, severity, the lines
 * its evidence covers and its {@code json.dumps} text, normalised once for the mention check.
 */
record ReportedFinding(JsonNode json, String category, String severity, Set<Integer> lines, String normalizedJson) {
    static ReportedFinding of(JsonNode f) {
        JsonNode category = f.get("category");
        JsonNode severity = f.get("severity");
        return new ReportedFinding(f, category != null && category.isTextual() ? category.textValue() : null,
                severity != null && severity.isTextual() ? severity.textValue().toUpperCase(Locale.ROOT) : null,
                evidenceLines(f), PythonJson.norm(PythonJson.dumps(f)));
    }

    /** score.py's SEV.get(severity.upper(), unknown). */
    int severityRank(int unknown) {
        return severity == null ? unknown : Criterion.SEV.getOrDefault(severity, unknown);
    }

    boolean serious() {
        return severityRank(0) >= Criterion.SEV.get("MEDIUM");
    }

    /** score.py's finding_lines: line..endLine of each evidence, endLine missing or 0 meaning line. */
    private static Set<Integer> evidenceLines(JsonNode f) {
        Set<Integer> lines = new TreeSet<>();
        for (JsonNode e : f.path("evidence")) {
            JsonNode a = e.get("line");
            if (a == null || !a.isIntegralNumber()) {
                continue;
            }
            JsonNode b = e.get("endLine");
            int end = b != null && b.isIntegralNumber() && b.intValue() != 0 ? b.intValue() : a.intValue();
            for (int l = a.intValue(); l <= end; l++) {
                lines.add(l);
            }
        }
        return lines;
    }
}
