package io.github.disclosureauditor.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The score of one document against its answer key. A document that could not be audited counts
 * its required findings as missed and nothing else, as in score.py.
 */
record DocumentScore(String name, int required, int requiredHits, int optional, int optionalHits, int findings,
                     int serious, int unmatchedSerious, int mustNotViolations, String error,
                     List<String> violated, List<AnswerKey.GoldFinding> missed, List<ReportedFinding> unmatched) {

    static DocumentScore crash(String name, AnswerKey key, String error) {
        return new DocumentScore(name, key.requiredCount(), 0, 0, 0, 0, 0, 0, 0, error, List.of(), List.of(), List.of());
    }

    /** score.py's per-document loop: which reported findings match which key entries. */
    static DocumentScore score(String name, AnswerKey key, List<ReportedFinding> fs, boolean useLines) {
        boolean[] used = new boolean[fs.size()];
        int required = 0;
        int requiredHits = 0;
        int optional = 0;
        int optionalHits = 0;
        List<AnswerKey.GoldFinding> missed = new ArrayList<>();
        for (AnswerKey.GoldFinding g : key.findings()) {
            boolean hit = false;
            for (int i = 0; i < fs.size(); i++) {
                if (g.criterion().matches(fs.get(i), useLines)) {
                    used[i] = true;
                    hit = true;
                }
            }
            if (g.required()) {
                required++;
                requiredHits += hit ? 1 : 0;
                if (!hit) {
                    missed.add(g);
                }
            } else {
                optional++;
                optionalHits += hit ? 1 : 0;
            }
        }
        List<String> violated = new ArrayList<>();
        for (AnswerKey.MustNot m : key.mustNot()) {
            int max = Criterion.SEV.get(m.max());
            if (fs.stream().anyMatch(f -> m.criterion().matches(f, useLines) && f.severityRank(0) > max)) {
                violated.add(m.what());
            }
        }
        int serious = 0;
        List<ReportedFinding> unmatched = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) {
            if (fs.get(i).serious()) {
                serious++;
                if (!used[i]) {
                    unmatched.add(fs.get(i));
                }
            }
        }
        return new DocumentScore(name, required, requiredHits, optional, optionalHits, fs.size(), serious,
                unmatched.size(), violated.size(), null, violated, missed, unmatched);
    }

    /** score.py's output for the document: its line, and with verbose the details around it. */
    List<String> report(boolean verbose) {
        List<String> out = new ArrayList<>();
        if (error != null) {
            out.add(name + ": NO RESULT " + error);
            return out;
        }
        if (verbose) {
            violated.forEach(w -> out.add("  MUST-NOT violated: " + head(w, 160)));
        }
        out.add(name + ": required " + requiredHits + "/" + required + " findings=" + findings + " serious=" + serious
                + " unmatched-serious=" + unmatchedSerious);
        if (verbose) {
            for (AnswerKey.GoldFinding g : missed) {
                Criterion c = g.criterion();
                out.add("  missed " + g.id() + " " + c.min() + " " + c.cats().stream().map(s -> "'" + s + "'")
                        .collect(Collectors.joining(", ", "[", "]")) + " lines=" + c.lines() + " " + head(g.what(), 140));
            }
            for (ReportedFinding f : unmatched) {
                out.add("  unmatched " + f.json().path("severity").asText() + " " + f.json().path("ruleId").asText()
                        + " lines=" + f.lines().stream().limit(6).toList() + " "
                        + head(f.json().path("message").asText(), 140));
            }
        }
        return out;
    }

    /** Python's s[:n]: the first n code points. */
    private static String head(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }
}
