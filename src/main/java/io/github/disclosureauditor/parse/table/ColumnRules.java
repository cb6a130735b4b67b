package io.github.disclosureauditor.parse.table;

import io.github.disclosureauditor.model.ColumnMeaning;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.github.disclosureauditor.model.ColumnMeaning.*;

/**
 * How the columns of a table row add up: a parent meaning and the meanings that sum to it.
 * Used to check rows after reading, and to name a "小计" column by the parts printed after it.
 */
final class ColumnRules {
    /** A row identity between columns. */
    record Rule(ColumnMeaning parent, Set<ColumnMeaning> parts, String description) {
    }

    static final List<Rule> ALL = List.of(
            new Rule(TOTAL, EnumSet.of(BASIC, PROJECT, UPPER_PAYMENT, OPERATING_EXPENSE, AFFILIATE_SUBSIDY, RESERVE),
                    "合计 = 基本支出 + 项目支出 + …"),
            new Rule(TOTAL, EnumSet.of(CARRY_IN, FISCAL, GENERAL, GOV_FUND, STATE_CAPITAL, SPECIAL_ACCOUNT,
                    BUSINESS_INCOME, OPERATING_INCOME, UPPER_SUBSIDY, AFFILIATE_INCOME, OTHER_INCOME,
                    NONFISCAL_BALANCE, OTHER_FUNDS), "合计 = 各项资金来源之和"),
            new Rule(FISCAL, EnumSet.of(GENERAL, GOV_FUND, STATE_CAPITAL), "财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营"),
            new Rule(BASIC, EnumSet.of(PERSONNEL, PUBLIC), "基本支出 = 人员经费 + 公用经费"),
            new Rule(TOTAL, EnumSet.of(PERSONNEL, PUBLIC), "合计 = 人员经费 + 公用经费"),
            new Rule(BASIC, EnumSet.of(WAGES, GOODS_SERVICES, HOUSEHOLD, CAPITAL), "基本支出 = 各经济分类之和"),
            new Rule(PROJECT, EnumSet.of(PROJECT_RUNNING, PROJECT_SPECIFIC), "项目支出 = 其他运转类 + 特定目标类"),
            new Rule(TP_TOTAL, EnumSet.of(TP_ABROAD, TP_CAR, TP_RECEPTION), "“三公”经费 = 出国 + 公务用车 + 接待"),
            new Rule(TP_CAR, EnumSet.of(TP_CAR_BUY, TP_CAR_RUN), "公务用车购置及运行费 = 购置费 + 运行费"),
            new Rule(TOTAL, EnumSet.of(TP_TOTAL, MEETING, TRAINING), "合计 = “三公”经费 + 会议费 + 培训费"),
            new Rule(TOTAL, EnumSet.of(TP_ABROAD, TP_CAR, TP_RECEPTION, MEETING, TRAINING), "合计 = 出国 + 公务用车 + 接待"));

    private ColumnRules() {
    }

    /** Whether a column of this meaning can be a summand of a row's 合计. */
    static boolean totalPart(ColumnMeaning m) {
        for (Rule r : ALL) {
            if (r.parent() == TOTAL && r.parts().contains(m)) {
                return true;
            }
        }
        return m == PERSONNEL || m == PUBLIC || m == WAGES || m == GOODS_SERVICES || m == HOUSEHOLD || m == CAPITAL
                || m == PROJECT_RUNNING || m == PROJECT_SPECIFIC || m == TP_CAR_BUY || m == TP_CAR_RUN;
    }

    /** Whether another column printed beside it already holds this one (人员经费 under 基本支出). */
    static boolean heldBy(ColumnMeaning m, List<io.github.disclosureauditor.model.Column> group) {
        for (Rule r : ALL) {
            if (r.parent() != TOTAL && r.parts().contains(m)) {
                for (io.github.disclosureauditor.model.Column c : group) {
                    if (c.meaning() == r.parent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a meaning is a part in some rule whose parent is not TOTAL (a nested part). */
    static boolean nested(ColumnMeaning m) {
        for (Rule r : ALL) {
            if (r.parent() != TOTAL && r.parts().contains(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The meaning of a subtotal column ("小计") from the columns printed after it: the parent
     * of the rule that at least two of them are direct parts of, or null.
     */
    static ColumnMeaning subtotalOf(List<ColumnMeaning> following) {
        for (Rule r : ALL) {
            if (r.parent() == TOTAL) {
                continue;
            }
            int direct = 0;
            for (ColumnMeaning m : following) {
                if (r.parts().contains(m)) {
                    direct++;
                } else if (!nested(m) || m == TOTAL) {
                    break;
                }
            }
            if (direct >= 2) {
                return r.parent();
            }
        }
        return null;
    }
}
