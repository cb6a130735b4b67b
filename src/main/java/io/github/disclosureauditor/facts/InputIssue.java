package io.github.disclosureauditor.facts;

/** The submission could not be read well enough to audit (kind UNREADABLE), and why. */
public record InputIssue(String kind, String reason) {
}
