package io.github.disclosureauditor.model;

/** A narrative spot worth a rule's attention that is not a number: e.g. unfilled template text. */
public record TextFlag(String kind, String text, SourceSpan span) {
}
