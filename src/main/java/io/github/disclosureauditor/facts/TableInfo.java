package io.github.disclosureauditor.facts;

/**
 * A recognised table: its family, scope and how well it was read. {@code misread} is set when
 * many of its own identities fail after reading; its numbers then stay out of serious findings.
 */
public record TableInfo(int id, String family, String title, int line, int endLine, boolean hasNumbers, int rows,
                        String scope, int identities, int identitiesHeld, boolean misread, String misreadReason) {
}
