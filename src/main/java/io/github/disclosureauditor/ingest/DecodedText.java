package io.github.disclosureauditor.ingest;

import java.util.List;

/**
 * Text of a submitted document split into lines. {@code original} keeps the characters as
 * submitted (used for evidence), {@code normalized} is what the parser reads; both have the
 * same number of lines so a 1-based line number means the same in both.
 */
public record DecodedText(String encoding, List<String> original, List<String> normalized) {
    public DecodedText {
        original = List.copyOf(original);
        normalized = List.copyOf(normalized);
        if (original.size() != normalized.size()) {
            throw new IllegalArgumentException("line counts differ");
        }
    }

    public int lineCount() {
        return original.size();
    }

    /** Original text of a 1-based line, or an empty string when out of range. */
    public String originalLine(int lineNumber) {
        return lineNumber >= 1 && lineNumber <= original.size() ? original.get(lineNumber - 1) : "";
    }
}
