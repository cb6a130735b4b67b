package io.github.disclosureauditor.facts;

import io.github.disclosureauditor.model.FundScope;

/**
 * One row of rules/claim_scopes.csv: a narrative figure stated for money {@code claim} may be
 * compared with a table figure of scope {@code tableScope}, always or only in a document whose
 * money is all 一般公共预算 ({@code singleFundOnly}).
 */
public record ScopeMatch(FundScope claim, String tableScope, boolean singleFundOnly, int line) {
    public boolean appliesTo(boolean singleFund) {
        return singleFund || !singleFundOnly;
    }
}
