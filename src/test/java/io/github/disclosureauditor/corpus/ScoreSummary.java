package io.github.disclosureauditor.corpus;

import java.util.List;
import java.util.Locale;

/** The SUMMARY figures of one run (text or PDF mode), summed over its documents as score.py does. */
record ScoreSummary(int docs, int required, int requiredHits, int optional, int optionalHits, int serious,
                    int unmatchedSerious, int mustNotViolations, int crashes, double seconds) {

    static ScoreSummary of(List<DocumentScore> scores, double seconds) {
        int required = 0, requiredHits = 0, optional = 0, optionalHits = 0, serious = 0, unmatched = 0, viol = 0,
                crashes = 0;
        for (DocumentScore s : scores) {
            required += s.required();
            requiredHits += s.requiredHits();
            optional += s.optional();
            optionalHits += s.optionalHits();
            serious += s.serious();
            unmatched += s.unmatchedSerious();
            viol += s.mustNotViolations();
            crashes += s.error() == null ? 0 : 1;
        }
        return new ScoreSummary(scores.size(), required, requiredHits, optional, optionalHits, serious, unmatched, viol,
                crashes, seconds);
    }

    /** Serious findings that match some answer-key finding. */
    int matchedSerious() {
        return serious - unmatchedSerious;
    }

    double recall() {
        return required == 0 ? 0.0 : (double) requiredHits / required;
    }

    /** A lower bound: the answer keys may miss real problems. 1 when nothing serious was reported. */
    double precision() {
        return serious == 0 ? 1.0 : 1 - (double) unmatchedSerious / serious;
    }

    /** score.py's SUMMARY line. */
    String line() {
        return "SUMMARY docs=" + docs + " recall=" + requiredHits + "/" + required + "=" + PythonJson.percent(recall())
                + " optional=" + optionalHits + "/" + optional + " unmatched-serious=" + unmatchedSerious + "/" + serious
                + " (precision>=" + PythonJson.percent(precision()) + ") must-not-violations=" + mustNotViolations
                + " crashes=" + crashes + " seconds=" + String.format(Locale.ROOT, "%.1f", seconds);
    }
}
