package io.github.disclosureauditor.store;

/** A reviewer's verdict on one finding of a document, with a note; {@code updatedAt} ISO-8601. */
public record Review(String key, String ruleId, Verdict verdict, String note, String updatedAt) {
}
