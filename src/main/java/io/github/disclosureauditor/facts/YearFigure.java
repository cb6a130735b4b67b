package io.github.disclosureauditor.facts;

/**
 * A table figure of one document of a series for the document's own year: {@code key} and
 * {@code scope} as in {@link Quantity}; {@code kind} is the document's (BUDGET, FINAL_ACCOUNT).
 * In a final account a 三公 figure of scope BUDGET is that year's 年初预算. {@code line} counts
 * through the whole series (documents one after another).
 */
public record YearFigure(int doc, int year, String kind, String key, String scope, double value, int decimals,
                         boolean singleFund, int line, String table, String label) {
}
