package io.github.disclosureauditor.model;

/**
 * One printed value of a row. {@code value} is in 万元 whatever the table's unit;
 * {@code decimals} is the printed precision expressed in 万元 (an amount printed in 元 without
 * decimals has 4), so one unit of the last printed digit is 10^-decimals 万元. {@code printed}
 * is the text as it stood. {@code uncertain} marks a value whose column could not be decided
 * (empty cells lost in extraction). Percentages and row numbers are kept as printed.
 */
public record Cell(int column, double value, int decimals, String printed, boolean uncertain, int line) {
}
