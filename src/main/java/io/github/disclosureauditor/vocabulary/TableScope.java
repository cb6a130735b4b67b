package io.github.disclosureauditor.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The money a table figure covers, as named in table facts ({@code Quantity.scope}) and in the
 * policy lists of rules/ (identities.csv, claim_scopes.csv).
 */
public enum TableScope {
    ALL("全部资金（收支总表、支出表、经济分类汇总表等）"),
    INCOME("收入表（全部资金）"),
    FISCAL("财政拨款"),
    GPB("一般公共预算"),
    GOV_FUND("政府性基金预算"),
    STATE_CAPITAL("国有资本经营预算"),
    BASIC("一般公共预算基本支出表（只含基本支出）"),
    ORG_RUN("机关运行经费表"),
    PROJECT_TABLE("项目支出表"),
    BUDGET("“三公”经费表的预算数"),
    FINAL("“三公”经费表的决算数"),
    PRIOR("“三公”经费表的上年数");

    private final String label;

    TableScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<TableScope> of(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
