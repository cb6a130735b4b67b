package io.github.disclosureauditor.finding;

/** Lines of the submitted text a finding is about (1-based, inclusive), their page (0 if none) and text. */
public record Evidence(int line, int endLine, int page, String text) {
}
