package io.github.disclosureauditor.model;

import java.util.List;

/** The parsed disclosure: metadata, profile, tables, narrative claims and problems met on the way. */
public record Document(String unit, Integer year, DocumentKind kind, String encoding, int lineCount,
                       DocumentProfile profile, List<Table> tables, List<Claim> claims, List<TextFlag> flags,
                       List<ParseProblem> problems) {
    public Document {
        tables = List.copyOf(tables);
        claims = List.copyOf(claims);
        flags = List.copyOf(flags);
        problems = List.copyOf(problems);
    }
}
