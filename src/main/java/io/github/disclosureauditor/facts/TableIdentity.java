package io.github.disclosureauditor.facts;

/**
 * One row of rules/identities.csv: the figures under {@code items} in a table of scope
 * {@code scopeA} and in a table of scope {@code scopeB} must agree ({@link Relation#EQUAL}, either
 * order of the tables) or the first may not exceed the second ({@link Relation#NOT_ABOVE}).
 * {@code singleFundOnly} limits the row to documents whose money is all 一般公共预算
 * ({@link DocInfo#singleFund()}). {@code rule} is the id of the rule that reports a breach.
 *
 * <p>{@code items} is a key ({@code EXPENSE}, {@code FUNC:201}), a prefix with {@code *}
 * ({@code ECON:*}: every economic line) or {@code *} alone: every item that is not an economic
 * line.
 */
public record TableIdentity(String items, String scopeA, String scopeB, Relation relation, boolean singleFundOnly,
                            String rule, int line) {
    public enum Relation {
        /** 相等: the two figures are one quantity. */
        EQUAL,
        /** 不大于: the first is part of the second. */
        NOT_ABOVE
    }

    public boolean covers(String key) {
        if (items.equals("*")) {
            return !key.startsWith("ECON:");
        }
        if (items.endsWith("*")) {
            return key.startsWith(items.substring(0, items.length() - 1));
        }
        return key.equals(items);
    }

    /** Whether a document's single-fund status lets this row apply. */
    public boolean appliesTo(boolean singleFund) {
        return singleFund || !singleFundOnly;
    }

    /** Whether figures of these two scopes are the pair this row is about, in either order. */
    public boolean pairs(String first, String second) {
        return scopeA.equals(first) && scopeB.equals(second) || scopeA.equals(second) && scopeB.equals(first);
    }
}
