package io.github.disclosureauditor.engine;

/** A problem found while building the rule base: file, 1-based line (0 when unknown), message. */
public record RuleError(String file, int line, String message) {
}
