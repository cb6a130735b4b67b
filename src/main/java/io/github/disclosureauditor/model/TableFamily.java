package io.github.disclosureauditor.model;

import java.util.regex.Pattern;

/**
 * Recognised kinds of disclosure tables, matched by title aliases. Declaration order matters:
 * the first family whose pattern finds the title wins, so specific names come before general.
 */
public enum TableFamily {
    PERF_SELF_EVAL("绩效自评表", "绩效自评"),
    PERF_TARGET("绩效目标表", "绩效目标"),
    THREE_PUBLIC("“三公”经费支出表", "三公"),
    FISCAL_SUMMARY("财政拨款收支总表", "财政拨款收(入)?支(出)?.*总(体情况)?表"),
    GOV_FUND("政府性基金预算表", "政府性基金"),
    STATE_CAPITAL("国有资本经营预算表", "国有资本经营"),
    INCOME_EXPENSE_SUMMARY("收支总表", "收(入)?支(出)?.*总(体情况)?表|收支预算总表"),
    ECON_SUMMARY("支出经济分类汇总表", "经济分类汇总"),
    GPB_BASIC("一般公共预算基本支出表", "基本支出"),
    GPB_EXPENSE("一般公共预算支出表", "一般公共预算.*支出"),
    PROJECT_EXPENSE("项目支出表", "项目支出"),
    ORG_RUNNING("机关运行经费表", "(机关|机构)运行经费"),
    PROCUREMENT("政府采购表", "政府采购"),
    INCOME("收入总表", "收入"),
    EXPENSE("支出总表", "支出");

    private final String displayName;
    private final Pattern pattern;

    TableFamily(String displayName, String regex) {
        this.displayName = displayName;
        this.pattern = Pattern.compile(regex);
    }

    public String displayName() {
        return displayName;
    }

    /** The family of a table title, or null when the title names none. */
    public static TableFamily ofTitle(String title) {
        for (TableFamily f : values()) {
            if (f.pattern.matcher(title).find()) {
                return f;
            }
        }
        return null;
    }

    /** Families that list expenditure by function class (类/款/项) with a total column first. */
    public boolean byFunctionClass() {
        return this == EXPENSE || this == GPB_EXPENSE || this == INCOME || this == GOV_FUND
                || this == STATE_CAPITAL;
    }
}
