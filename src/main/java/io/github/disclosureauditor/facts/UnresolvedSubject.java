package io.github.disclosureauditor.facts;

import io.github.disclosureauditor.model.Claim;

/**
 * A narrative amount whose "类/款/项" subject names no row of the tables although the tables
 * print that 类: the narrative and the tables disagree on what the money is for.
 */
public record UnresolvedSubject(Claim.Amount claim, String classKnown) {
}
