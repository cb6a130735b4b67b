package io.github.disclosureauditor.model;

import java.util.regex.Pattern;

/**
 * Recognised kinds of disclosure tables, matched by title aliases from several provinces'
 * templates (预算公开表, 决算公开表, 上海 预算表, 教育部直属高校 决算表 …). Declaration order
 * matters: the first family whose pattern finds the (normalised) title wins, so specific names
 * come before general ones.
 */
public enum TableFamily {
    PERF_SELF_EVAL("绩效自评表", "绩效自评"),
    PERF_TARGET("绩效目标表", "绩效目标"),
    THREE_PUBLIC("“三公”经费支出表", "三公"),
    ORG_RUNNING("机关运行经费表", "(机关|机构)运行(经)?费"),
    PROCUREMENT("政府采购表", "政府采购"),
    FISCAL_SUMMARY("财政拨款收支总表", "财政拨款收(入)?支(出)?.*总(体情况)?表"),
    INCOME_EXPENSE_SUMMARY("收支总表", "收(入)?、?支(出)?.*总(体情况)?表|收支预算总表|收支总体情况表"),
    GOV_FUND("政府性基金预算支出表", "政府性基金"),
    STATE_CAPITAL("国有资本经营预算支出表", "国有资本经营"),
    ECON_SUMMARY("支出经济分类汇总表", "经济分类汇总|按经济分类"),
    GPB_BASIC("基本支出表", "基本支出"),
    PROJECT_EXPENSE("项目支出表", "项目支出|项目经费"),
    GPB_EXPENSE("一般公共预算支出表", "一般公共预算.*支出"),
    FISCAL_EXPENSE("财政拨款支出表", "财政拨款支出"),
    OTHER("其他表格", "构成表|构成情况表"),
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

    /** Families whose rows are function classes (类/款/项). */
    public boolean byFunctionClass() {
        return this == EXPENSE || this == GPB_EXPENSE || this == FISCAL_EXPENSE || this == INCOME
                || this == GOV_FUND || this == STATE_CAPITAL;
    }

    /** Families printed as two halves: 收入 on the left, 支出 on the right. */
    public boolean twoSided() {
        return this == INCOME_EXPENSE_SUMMARY || this == FISCAL_SUMMARY;
    }

    /** The money a table of this title covers: from the words of the title, else the family. */
    public FundScope scopeOf(String title) {
        String t = title.replace(" ", "");
        if (t.contains("政府性基金")) {
            return FundScope.GOV_FUND;
        }
        if (t.contains("国有资本经营")) {
            return FundScope.STATE_CAPITAL;
        }
        if (t.contains("一般公共预算")) {
            return FundScope.GENERAL;
        }
        if (t.contains("财政拨款")) {
            return FundScope.FISCAL;
        }
        return switch (this) {
            case INCOME_EXPENSE_SUMMARY, INCOME, EXPENSE, ECON_SUMMARY, PROJECT_EXPENSE -> FundScope.ALL;
            case FISCAL_SUMMARY, FISCAL_EXPENSE -> FundScope.FISCAL;
            case GPB_EXPENSE -> FundScope.GENERAL;
            case GOV_FUND -> FundScope.GOV_FUND;
            case STATE_CAPITAL -> FundScope.STATE_CAPITAL;
            default -> FundScope.UNKNOWN;
        };
    }
}
