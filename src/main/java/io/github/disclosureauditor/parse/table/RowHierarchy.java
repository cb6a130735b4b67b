package io.github.disclosureauditor.parse.table;

import io.github.disclosureauditor.vocabulary.Enumerators;
import io.github.disclosureauditor.model.CodeKind;
import io.github.disclosureauditor.model.RowRole;
import io.github.disclosureauditor.vocabulary.Lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What each row is and where it hangs: its code's kind and level (类 1, 款 2, 项 3), or for
 * rows without codes the level their enumerator (一、 / （一） / 1. / (1)), 其中 or indentation
 * gives; the row it is part of; its role (total, balance rows of a summary table, 其中 …) and
 * the lexicon subject it names.
 */
final class RowHierarchy {
    private static final Pattern TOTAL = Pattern.compile(
            "^(合计|总计|小计|部门合计|单位合计|本部门合计|合\\s*计|总\\s*计|全部合计|年度资金总额|资金总额)[:：]?$");
    static final Pattern INCOME_CUR = Pattern.compile("^(一、)?(本年|当年)收入(合计|小计)?[:：]?$|^收入合计$");
    static final Pattern EXPENSE_CUR = Pattern.compile("^(一、)?(本年|当年)支出(合计|小计)?[:：]?$|^支出合计$");
    static final Pattern CARRY_IN = Pattern.compile(
            "^([一二三四五六七八九十]+、)?(上年结转(结余)?|上年财政拨款结转(结余)?|年初(财政拨款)?结转和结余|上年结余|上年结转和结余|用事业基金弥补收支差额)");
    static final Pattern CARRY_OUT = Pattern.compile(
            "^([一二三四五六七八九十]+、)?(年终结转(结余)?|年末(财政拨款)?结转和结余|结转下年|年末结转|期末结转)");
    static final Pattern NONFISCAL = Pattern.compile("^([一二三四五六七八九十]+、)?使用非财政拨款结余");
    static final Pattern DISTRIBUTION = Pattern.compile("^([一二三四五六七八九十]+、)?结余分配");
    static final Pattern INCOME_TOTAL = Pattern.compile("^收入总计[:：]?$|^收入总(计|额)$");
    static final Pattern EXPENSE_TOTAL = Pattern.compile("^支出总计[:：]?$");
    static final Pattern GRAND_TOTAL = Pattern.compile("^总计[:：]?$");
    private static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern LEVEL2 = Pattern.compile("^[(（][一二三四五六七八九十]+[)）]");
    private static final Pattern LEVEL3 = Pattern.compile("^\\d+[.．、](?!\\d)");
    private static final Pattern LEVEL4 = Pattern.compile("^([(（]\\d+[)）]|[①-⑳])");
    private static final List<String> ECON_CLASSES = List.of("工资福利支出", "商品和服务支出", "对个人和家庭的补助",
            "对个人和家庭的补助支出", "资本性支出", "对企业补助", "债务利息及费用支出", "其他支出", "对社会保障基金补助",
            "资本性支出(基本建设)", "人员经费", "公用经费");

    private RowHierarchy() {
    }

    static CodeKind kindOf(String code) {
        int n = code.length();
        if (n == 0) {
            return CodeKind.NONE;
        }
        if (n >= 8) {
            return CodeKind.PROJECT;
        }
        if (code.startsWith("0") || n == 6) {
            return CodeKind.UNIT;
        }
        char c = code.charAt(0);
        if ((n == 3 || n == 5 || n == 7) && c == '2') {
            return CodeKind.FUNCTION;
        }
        if ((n == 3 || n == 5) && c == '3') {
            return CodeKind.ECONOMIC;
        }
        if ((n == 3 || n == 5) && c == '5') {
            return CodeKind.GOV_ECONOMIC;
        }
        return CodeKind.NONE;
    }

    static int codeLevel(String code, CodeKind kind) {
        return switch (kind) {
            case FUNCTION -> code.length() == 3 ? 1 : code.length() == 5 ? 2 : 3;
            case ECONOMIC, GOV_ECONOMIC -> code.length() == 3 ? 1 : 2;
            default -> 1;
        };
    }

    /** Completes a code printed in parts: "05" under 201 is 20105, "06" after 20105 is 2010506. */
    static String complete(String code, String previous) {
        if (code.length() != 2 || previous.isEmpty()) {
            return code;
        }
        return switch (previous.length()) {
            case 3, 5 -> previous + code;
            case 7 -> previous.substring(0, 5) + code;
            default -> code;
        };
    }

    /** The role a row's label gives it in any table. */
    static RowRole role(String label, boolean twoSided, int side) {
        String l = label.replace(" ", "");
        if (twoSided) {
            if (INCOME_CUR.matcher(l).find()) {
                return side == 0 ? RowRole.INCOME_CURRENT : RowRole.EXPENSE_CURRENT;
            }
            if (EXPENSE_CUR.matcher(l).find()) {
                return RowRole.EXPENSE_CURRENT;
            }
            if (INCOME_TOTAL.matcher(l).find()) {
                return RowRole.INCOME_TOTAL;
            }
            if (EXPENSE_TOTAL.matcher(l).find()) {
                return RowRole.EXPENSE_TOTAL;
            }
            if (GRAND_TOTAL.matcher(l).find()) {
                return side == 0 ? RowRole.INCOME_TOTAL : RowRole.EXPENSE_TOTAL;
            }
            if (CARRY_IN.matcher(l).find() && side == 0) {
                return RowRole.CARRY_IN;
            }
            if (NONFISCAL.matcher(l).find() && side == 0) {
                return RowRole.NONFISCAL_BALANCE;
            }
            if (CARRY_OUT.matcher(l).find()) {
                return RowRole.CARRY_OUT;
            }
            if (DISTRIBUTION.matcher(l).find()) {
                return RowRole.BALANCE_DISTRIBUTION;
            }
        }
        if ((l.indexOf('计') >= 0 || l.indexOf('额') >= 0) && TOTAL.matcher(l).matches() || l.endsWith("合计") && l.length() <= 8 || l.endsWith("总计") && l.length() <= 8) {
            return RowRole.TOTAL;
        }
        if (l.startsWith("其中")) {
            return RowRole.OF_WHICH;
        }
        if (!l.isEmpty() && ORG_ENDINGS.indexOf(l.charAt(l.length() - 1)) >= 0 && ORG.matcher(l).matches()
                && !PROJECT_WORDS.matcher(l).find()) {
            // "义马市医疗保障局" in a project or unit-level table: the subtotal of one unit.
            return RowRole.UNIT;
        }
        return RowRole.DETAIL;
    }

    private static final Pattern ORG = Pattern.compile(
            "^[^\\d]{2,40}(局|中心|院|所|站|委员会|办公室|办|厅|大学|学院|学校)([(（]?本级[)）]?|机关)?$");
    /** The last characters {@link #ORG} accepts: a cheap test before the regex. */
    private static final String ORG_ENDINGS = "局心院所站会室办厅学校级)）关";
    private static final Pattern PROJECT_WORDS = Pattern.compile("(类|费|经费|项目|资金|工程|补助|建设|改造|平台|购置|支出|事务)");

    /** Depth a label's own form gives (enumerators, economic class names), or 0 when it gives none. */
    static int labelLevel(String label) {
        String l = label.replace(" ", "");
        if (LEVEL1.matcher(l).lookingAt()) {
            return 1;
        }
        if (LEVEL2.matcher(l).lookingAt()) {
            return 2;
        }
        if (LEVEL3.matcher(l).lookingAt()) {
            return 3;
        }
        if (LEVEL4.matcher(l).lookingAt()) {
            return 4;
        }
        if (ECON_CLASSES.contains(l)) {
            return 1;
        }
        return 0;
    }

    /** Whether a label names a class of the economic classification (工资福利支出 …) rather than an item. */
    static boolean isEconClass(String label) {
        String l = label.replace(" ", "");
        return ECON_CLASSES.contains(l) && !l.equals("其他支出") && !l.equals("人员经费") && !l.equals("公用经费");
    }

    /** The lexicon subject of a row: FUNC:/ECON: by code, else what its label names. */
    static String subject(String code, CodeKind kind, String label) {
        if (kind == CodeKind.FUNCTION) {
            return "FUNC:" + code;
        }
        if (kind == CodeKind.ECONOMIC) {
            return "ECON:" + code;
        }
        if (kind == CodeKind.GOV_ECONOMIC) {
            return "GECON:" + code;
        }
        String l = label.replace(" ", "");
        String fc = Lexicon.functionClassOf(l);
        if (fc != null) {
            return "FUNC:" + fc;
        }
        Lexicon.Hit hit = Lexicon.lastSubject(Enumerators.mayStart(l) ? LEADING_ENUM.matcher(l).replaceFirst("") : l);
        if (hit != null && hit.end() >= l.length() - 4) {
            return hit.key();
        }
        return "";
    }

    private static final Pattern LEADING_ENUM = Pattern.compile(
            "^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.．、]|[①-⑳]|其中[:：]?)+");
}
