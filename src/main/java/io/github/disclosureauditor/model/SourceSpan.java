package io.github.disclosureauditor.model;

/** 1-based inclusive line range of the submitted text. */
public record SourceSpan(int line, int endLine) {
    public SourceSpan {
        if (endLine < line) {
            endLine = line;
        }
    }

    public static SourceSpan of(int line) {
        return new SourceSpan(line, line);
    }

    public SourceSpan union(SourceSpan other) {
        return new SourceSpan(Math.min(line, other.line), Math.max(endLine, other.endLine));
    }
}
