package io.github.disclosureauditor.parse.table;

/**
 * A line of a table's region with what it is: header, data (has values), text only, or
 * something to skip (unit and department lines, page numbers, column numbering), a note, or
 * prose that ends the table. {@code gapAbove} counts the blank lines (or, in a PDF, the
 * vertical space in lines) between it and the previous non-blank line.
 */
record RegionLine(LineRuns.Line runs, Kind kind, int page, int gapAbove, boolean pageBreak) {
    enum Kind { HEADER, DATA, TEXT, SKIP, NOTE, PROSE }

    int index() {
        return runs.index();
    }
}
