package io.github.disclosureauditor.facts;

import io.github.disclosureauditor.model.FundScope;

/**
 * Which table figures a narrative figure may be compared with, by the money each covers. A
 * figure stated for 财政拨款 or 一般公共预算 is compared with tables of those scopes (one is part
 * of the other, so either may be the one meant), with an all-funds table only when the document
 * has no other money; a figure whose sentence names no fund is taken as all the money.
 */
public final class Scopes {
    private Scopes() {
    }

    public static boolean fits(FundScope claim, String quantity, boolean singleFund) {
        if (claim == FundScope.UNKNOWN || claim == FundScope.ALL) {
            // A figure whose sentence names no fund is all the money, unless there is no other.
            return !(quantity.equals("FISCAL") || quantity.equals("GPB") || quantity.equals("GOV_FUND")
                    || quantity.equals("STATE_CAPITAL")) || singleFund;
        }
        switch (quantity) {
            case "ALL", "INCOME" -> {
                return singleFund;
            }
            case "FISCAL", "GPB" -> {
                return claim == FundScope.FISCAL || claim == FundScope.GENERAL;
            }
            case "GOV_FUND" -> {
                return claim == FundScope.GOV_FUND;
            }
            case "STATE_CAPITAL" -> {
                return claim == FundScope.STATE_CAPITAL;
            }
            default -> {
                // Basic-only, running-cost, 三公 and project tables are not split by fund.
                return true;
            }
        }
    }

    /**
     * Whether two table figures of these scopes are the same quantity: of the same scope, or of
     * all funds, 财政拨款 and 一般公共预算 in a document that has no other money. A 政府性基金 or
     * 国有资本经营 figure is never the all-funds one.
     */
    public static boolean comparable(String a, String b, boolean singleFund) {
        if (a.equals(b)) {
            return true;
        }
        return singleFund && general(a) && general(b);
    }

    private static boolean general(String scope) {
        return scope.equals("ALL") || scope.equals("FISCAL") || scope.equals("GPB");
    }
}
