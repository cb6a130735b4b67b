package io.github.disclosureauditor.facts;

/** A recognised table, for completeness rules. */
public record TableInfo(int id, String family, String title, int line, boolean hasNumbers, int rows) {
}
