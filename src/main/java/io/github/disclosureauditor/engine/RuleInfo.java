package io.github.disclosureauditor.engine;

/** A loaded rule's metadata, from its {@code @id @severity @category @title} annotations. */
public record RuleInfo(String id, String severity, String category, String title, String name, String file) {
}
