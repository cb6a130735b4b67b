package io.github.disclosureauditor.finding;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Lines of the submitted text a finding is about (1-based, inclusive), their page (0 if none)
 * and text. For a PDF, {@code box} bounds those lines on the page (points from the top left of
 * the displayed page); absent for other formats.
 */
public record Evidence(int line, int endLine, int page, String text,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Box box) {
    /** A rectangle on a PDF page, in points, origin top left. */
    public record Box(double x0, double top, double x1, double bottom) {
    }

    public Evidence(int line, int endLine, int page, String text) {
        this(line, endLine, page, text, null);
    }
}
