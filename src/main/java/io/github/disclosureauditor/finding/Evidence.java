package io.github.disclosureauditor.finding;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Lines of the submitted text a finding is about (1-based, inclusive), their page (0 if none)
 * and text. For a PDF, {@code box} bounds those lines on the page (points from the top left of
 * the displayed page); absent for other formats. {@code document} names the document the lines
 * are in when a finding compares several documents (a unit's series); absent otherwise.
 */
public record Evidence(int line, int endLine, int page, String text,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Box box,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String document) {
    /** A rectangle on a PDF page, in points, origin top left. */
    public record Box(double x0, double top, double x1, double bottom) {
    }

    public Evidence(int line, int endLine, int page, String text) {
        this(line, endLine, page, text, null, null);
    }

    public Evidence(int line, int endLine, int page, String text, Box box) {
        this(line, endLine, page, text, box, null);
    }

    /** The same lines counted within {@code document}, which starts after {@code offset} lines. */
    public Evidence in(String document, int offset) {
        return new Evidence(line - offset, endLine - offset, page, text, box, document);
    }
}
