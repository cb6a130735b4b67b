package io.github.disclosureauditor.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Text of a submitted document split into lines. {@code original} keeps the characters as
 * submitted or extracted (used for evidence), {@code normalized} is what the parser reads; both
 * have the same number of lines so a 1-based line number means the same in both. {@code pages}
 * gives each line's page (PDF page, spreadsheet sheet; 0 when the format has none).
 * {@code unreadable} explains why the text cannot be audited (a scan without a text layer,
 * garbled extraction), or is empty.
 */
public record DecodedText(String format, String encoding, List<String> original, List<String> normalized,
                          List<Integer> pages, String unreadable) {
    public DecodedText {
        original = List.copyOf(original);
        normalized = List.copyOf(normalized);
        pages = pages == null ? Collections.nCopies(original.size(), 0) : List.copyOf(pages);
        unreadable = unreadable == null ? "" : unreadable;
        if (original.size() != normalized.size() || pages.size() != original.size()) {
            throw new IllegalArgumentException("line counts differ");
        }
    }

    /** Plain text: no pages, always readable. */
    public DecodedText(String encoding, List<String> original, List<String> normalized) {
        this("TEXT", encoding, original, normalized, null, "");
    }

    /** Lines extracted from a paged or structured format; normalises them here. */
    static DecodedText extracted(String format, List<String> lines, List<Integer> pages, String unreadable) {
        return new DecodedText(format, "UTF-8", lines, normalize(lines), pages, unreadable);
    }

    /** Lines of a text submission; normalises them here. */
    static DecodedText text(String encoding, List<String> lines) {
        return new DecodedText(encoding, lines, normalize(lines));
    }

    private static List<String> normalize(List<String> lines) {
        List<String> normalized = new ArrayList<>(lines.size());
        for (String l : lines) {
            normalized.add(TextNormalizer.normalize(l));
        }
        return normalized;
    }

    public int lineCount() {
        return original.size();
    }

    public boolean readable() {
        return unreadable.isEmpty();
    }

    /** Original text of a 1-based line, or an empty string when out of range. */
    public String originalLine(int lineNumber) {
        return lineNumber >= 1 && lineNumber <= original.size() ? original.get(lineNumber - 1) : "";
    }

    /** Page of a 1-based line, 0 when unknown. */
    public int pageOf(int lineNumber) {
        return lineNumber >= 1 && lineNumber <= pages.size() ? pages.get(lineNumber - 1) : 0;
    }
}
