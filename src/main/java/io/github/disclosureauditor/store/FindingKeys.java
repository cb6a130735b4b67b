package io.github.disclosureauditor.store;

import io.github.disclosureauditor.finding.Evidence;
import io.github.disclosureauditor.finding.Finding;

import java.util.StringJoiner;

/**
 * Identifies a finding across audits of the same document: the rule, the lines it cites and the
 * stated value. Rewording a message, changing a severity or re-ranking keeps the key; a finding
 * about other lines or another figure is another finding.
 */
public final class FindingKeys {
    private FindingKeys() {
    }

    public static String of(Finding f) {
        StringJoiner lines = new StringJoiner(",");
        for (Evidence e : f.evidence()) {
            lines.add(e.endLine() > e.line() ? e.line() + "-" + e.endLine() : String.valueOf(e.line()));
        }
        String key = f.ruleId() + "|" + lines + "|" + (f.actual() == null ? "" : f.actual());
        return key.length() > 1000 ? key.substring(0, 1000) : key;
    }
}
