package io.github.disclosureauditor.ingest;

/**
 * A stretch of one line's text that stands together (a word, a number, a table cell) with its
 * horizontal extent. Units depend on where the line came from (see {@link LineLayout.Unit}):
 * PDF points, character columns of laid-out text, or cell indexes of tab-separated rows.
 * {@code x1} is exclusive.
 */
public record TextRun(String text, double x0, double x1) {
    public TextRun {
        text = text == null ? "" : text;
        if (x1 < x0) {
            x1 = x0;
        }
    }

    public double width() {
        return x1 - x0;
    }

    public double center() {
        return (x0 + x1) / 2;
    }
}
