package io.github.disclosureauditor.model;

/** Something the parser could not read with confidence; never fatal. */
public record ParseProblem(int line, String code, String message) {
}
