package io.github.disclosureauditor.facts;

/**
 * One document of a unit's series (several documents of one unit, audited together): its index in
 * the series, name, year and kind (BUDGET, FINAL_ACCOUNT).
 */
public record SeriesDoc(int doc, String name, int year, String kind) {
}
