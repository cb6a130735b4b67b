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
 * garbled extraction), or is empty. {@code layouts} gives, where the source knew it, where each
 * line's pieces stood (PDF glyph positions, Word/Excel cells); a null entry means the line is
 * plain text and its layout is read from its characters (see parse.LineRuns).
 */
public record DecodedText(String format, String encoding, List<String> original, List<String> normalized,
                          List<Integer> pages, String unreadable, List<LineLayout> layouts) {
    public DecodedText {
        original = List.copyOf(original);
        normalized = List.copyOf(normalized);
        pages = pages == null ? Collections.nCopies(original.size(), 0) : List.copyOf(pages);
        unreadable = unreadable == null ? "" : unreadable;
        layouts = layouts == null ? Collections.nCopies(original.size(), null)
                : Collections.unmodifiableList(new ArrayList<>(layouts));
        if (original.size() != normalized.size() || pages.size() != original.size()
                || layouts.size() != original.size()) {
            throw new IllegalArgumentException("line counts differ");
        }
    }

    public DecodedText(String format, String encoding, List<String> original, List<String> normalized,
                       List<Integer> pages, String unreadable) {
        this(format, encoding, original, normalized, pages, unreadable, null);
    }

    /** Plain text: no pages, always readable. */
    public DecodedText(String encoding, List<String> original, List<String> normalized) {
        this("TEXT", encoding, original, normalized, null, "", null);
    }

    /** Lines extracted from a paged or structured format; normalises them here. */
    static DecodedText extracted(String format, List<String> lines, List<Integer> pages, String unreadable) {
        return new DecodedText(format, "UTF-8", lines, normalize(lines), pages, unreadable, null);
    }

    /** Lines extracted with their layout (PDF positions, document cells); normalises them here. */
    static DecodedText extracted(String format, List<String> lines, List<Integer> pages, String unreadable,
                                 List<LineLayout> layouts) {
        return new DecodedText(format, "UTF-8", lines, normalize(lines), pages, unreadable, layouts);
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

    /** Layout of a 0-based line index as the source gave it, or null for plain text. */
    public LineLayout layout(int index) {
        return index >= 0 && index < layouts.size() ? layouts.get(index) : null;
    }

    /** Page of a 1-based line, 0 when unknown. */
    public int pageOf(int lineNumber) {
        return lineNumber >= 1 && lineNumber <= pages.size() ? pages.get(lineNumber - 1) : 0;
    }
}
