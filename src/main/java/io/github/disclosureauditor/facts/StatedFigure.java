package io.github.disclosureauditor.facts;

import io.github.disclosureauditor.model.FundScope;

/**
 * A figure one document of a series states about another year's document: a budget's or final
 * account's 上年 figure (a narrative "比上年增加 X" read back to the prior amount, or a 上年 column of
 * a 三公 table) — {@link Kind#PRIOR}; or a final account's 年初预算 — {@link Kind#PLANNED}.
 * {@code year} is the year the figure is about; {@code claimScope} the money the statement names
 * (UNKNOWN when it names none; tables' 三公 columns are UNKNOWN too). {@code line} counts through
 * the whole series. {@code fromKind} is the kind of the stating document: a final account's 上年 is
 * the previous final account, a budget's may be the previous budget or final account.
 */
public record StatedFigure(int doc, String fromKind, Kind kind, int year, String key, FundScope claimScope, double value,
                           int decimals, int line, String text) {
    public enum Kind {
        /** 上年: the previous year's budget or final account. */
        PRIOR,
        /** 年初预算: the same year's budget. */
        PLANNED
    }
}
