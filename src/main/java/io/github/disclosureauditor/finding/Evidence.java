package io.github.disclosureauditor.finding;

/** Lines of the submitted text a finding is about (1-based, inclusive) and their text. */
public record Evidence(int line, int endLine, String text) {
}
