package io.github.disclosureauditor.finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders findings: severity, then relative size of the discrepancy, then document order. */
public final class Ranking {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Comparator.comparingDouble(Finding::magnitude).reversed())
            .thenComparingInt(Finding::firstLine)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private Ranking() {
    }

    public static List<Finding> rank(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        List<Finding> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            out.add(sorted.get(i).withRank(i + 1));
        }
        return out;
    }
}
