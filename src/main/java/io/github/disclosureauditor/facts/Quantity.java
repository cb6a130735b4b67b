package io.github.disclosureauditor.facts;

/**
 * An amount read from a table under a lexicon key ({@code EXPENSE}, {@code FUNC:208},
 * {@code ECON:30231}, {@code 3P:CAR_RUN} ...). {@code scope} says which money it covers: ALL
 * (all sources), GPB (一般公共预算), FISCAL (财政拨款), BASIC (basic expenditure only), ORG_RUN,
 * PROJECT_TABLE, and for 三公 also BUDGET or FINAL. {@code ambiguous} is set when the parser
 * could not be sure of the column.
 */
public record Quantity(String key, double value, int decimals, String scope, int tableId, String family,
                       String tableTitle, String label, int line, int endLine, boolean ambiguous) {
}
