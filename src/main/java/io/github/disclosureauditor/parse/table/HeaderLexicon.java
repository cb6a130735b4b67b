package io.github.disclosureauditor.parse.table;

import io.github.disclosureauditor.model.Basis;
import io.github.disclosureauditor.model.ColumnMeaning;
import io.github.disclosureauditor.model.DocumentKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a column from the words of its header cells: its own cell (wrapped lines joined) and
 * the spanning cells above it, innermost first. The innermost words that name something win
 * ("小计" under "公务用车购置及运行费" is that item's subtotal; "合计" under "“三公”经费" is the
 * 三公 total). The basis (本年, 上年, 年初预算 …) comes from any level.
 */
final class HeaderLexicon {
    /**
     * A header term: its pattern, what it means, and the characters one of which any match must
     * start with (null when the pattern does not say), so most terms are ruled out without
     * running their pattern.
     */
    private record Term(Pattern pattern, ColumnMeaning meaning, String starts) {
        boolean mayMatch(String text) {
            if (starts == null) {
                return true;
            }
            for (int i = 0; i < starts.length(); i++) {
                if (text.indexOf(starts.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The first characters of a pattern's top-level alternatives, or null if one does not start with a literal. */
    static String firstChars(String regex) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean atStart = true;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (atStart) {
                if (c == '^') {
                    continue;
                }
                if (c == '(') {
                    // An alternative opening with a group: take the first characters of the group's
                    // alternatives if the group is not optional.
                    int close = closing(regex, i);
                    if (close < 0 || close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0) {
                        return null;
                    }
                    String inner = firstChars(regex.substring(regex.startsWith("(?:", i) ? i + 3 : i + 1, close));
                    if (inner == null) {
                        return null;
                    }
                    out.append(inner);
                    i = close;
                    atStart = false;
                    continue;
                }
                if ("\\[.$)|?*+{".indexOf(c) >= 0 || i + 1 < regex.length() && "?*{".indexOf(regex.charAt(i + 1)) >= 0) {
                    return null;
                }
                out.append(c);
                atStart = false;
                continue;
            }
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '[') {
                int close = regex.indexOf(']', i);
                i = close < 0 ? regex.length() : close;
            } else if (c == '|' && depth == 0) {
                atStart = true;
            }
        }
        return atStart ? null : out.toString();
    }

    private static int closing(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int close = regex.indexOf(']', i);
                if (close < 0) {
                    return -1;
                }
                i = close;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static final List<Term> TERMS = new ArrayList<>();

    static {
        term("^(行次|栏次)", ColumnMeaning.ROW_NUMBER);
        term("^其中", ColumnMeaning.OF_WHICH);
        term("增减(幅度|率|比例|%)|增长率|增幅|幅度|变动率|增减百分比|(增|减)(长)?(%|百分比)", ColumnMeaning.CHANGE_RATE);
        term("增减(额|金额|数|变化|情况)?$|增减额|增减金额|增加额|比上年增减|变动金额", ColumnMeaning.CHANGE_AMOUNT);
        term("完成率|执行率|完成预算|决算数为预算数的", ColumnMeaning.COMPLETION_RATE);
        term("数量|台|辆|人数|批次|人次", ColumnMeaning.QUANTITY);
        term("(机关|机构)运行经?费", ColumnMeaning.ORG_RUNNING);
        term("因公出国", ColumnMeaning.TP_ABROAD);
        term("公务用车购置及运行|公务用车购置和运行|公务用车费|车辆购置及运行", ColumnMeaning.TP_CAR);
        term("(公务用车|车辆)?购置费?$|公务用车购置", ColumnMeaning.TP_CAR_BUY);
        term("(公务用车)?运行(维护)?费$|公务用车运行", ColumnMeaning.TP_CAR_RUN);
        term("公务接待", ColumnMeaning.TP_RECEPTION);
        term("会议费", ColumnMeaning.MEETING);
        term("培训费", ColumnMeaning.TRAINING);
        term("三公", ColumnMeaning.TP_TOTAL);
        term("人员经费|人员支出", ColumnMeaning.PERSONNEL);
        term("公用经费|日常公用|公用支出", ColumnMeaning.PUBLIC);
        term("基本支出", ColumnMeaning.BASIC);
        term("其他运转类", ColumnMeaning.PROJECT_RUNNING);
        term("特定目标类", ColumnMeaning.PROJECT_SPECIFIC);
        term("项目支出|项目经费", ColumnMeaning.PROJECT);
        term("上缴上级", ColumnMeaning.UPPER_PAYMENT);
        term("对附属单位补助", ColumnMeaning.AFFILIATE_SUBSIDY);
        term("经营支出", ColumnMeaning.OPERATING_EXPENSE);
        term("预留(机动)?|机动经费", ColumnMeaning.RESERVE);
        term("上年结转|年初结转|上年结余|上年财政拨款结转", ColumnMeaning.CARRY_IN);
        term("结转下年|年末结转|年终结转|期末结转|结转和结余$", ColumnMeaning.CARRY_OUT);
        term("使用非财政拨款结余|用事业基金弥补|非财政拨款结余", ColumnMeaning.NONFISCAL_BALANCE);
        term("工资福利", ColumnMeaning.WAGES);
        term("商品和服务", ColumnMeaning.GOODS_SERVICES);
        term("对个人和家庭", ColumnMeaning.HOUSEHOLD);
        term("资本性支出", ColumnMeaning.CAPITAL);
        term("一般公共预算", ColumnMeaning.GENERAL);
        term("政府性基金", ColumnMeaning.GOV_FUND);
        term("国有资本经营", ColumnMeaning.STATE_CAPITAL);
        term("财政专户", ColumnMeaning.SPECIAL_ACCOUNT);
        term("财政拨款|财政补助|财政资金", ColumnMeaning.FISCAL);
        term("事业单位经营收入|经营收入", ColumnMeaning.OPERATING_INCOME);
        term("事业收入", ColumnMeaning.BUSINESS_INCOME);
        term("上级补助", ColumnMeaning.UPPER_SUBSIDY);
        term("附属单位上缴", ColumnMeaning.AFFILIATE_INCOME);
        term("其他收入", ColumnMeaning.OTHER_INCOME);
        term("其他资金|单位资金|自有资金", ColumnMeaning.OTHER_FUNDS);
        term("^(合\\s*计|总\\s*计|小\\s*计|收入合计|支出合计|总额|合计数)$|合计$|小计$|总计$", ColumnMeaning.TOTAL);
        term("金额|预算数|决算数|执行数|预算$|决算$|数额|本年|上年|年初|全年|\\d{4}\\s*年|预算安排|支出预算|收入预算",
                ColumnMeaning.AMOUNT);
    }

    private static final Pattern LABEL_WORDS = Pattern.compile(
            "^(项\\s*目|项目名称|科目|科目名称|科目编码|功能分类科目|功能分类科目编码|功能分类科目名称|经济分类科目|"
                    + "经济科目|功能科目|功能科目代码|功能科目名称|类|款|项|编码|名称|单位名称|单位|部门|预算科目|"
                    + "支出功能分类科目|收入|支出|支出用途|项目\\(按功能分类\\)|经济分类|代码|项目名称及内容|(部门|政府)(预算)?(支出)?经济(分类)?(科目)?(名称|编码|代码)?)$");
    private static final Pattern YEAR = Pattern.compile("(?=2)(20\\d{2})\\s*年");
    private static final Pattern CARRIED = Pattern.compile("上年(财政拨款)?结(转|余)(和结余|结余)?|年初结转和结余|年初结转");

    private static void term(String regex, ColumnMeaning meaning) {
        TERMS.add(new Term(Pattern.compile(regex), meaning, firstChars(regex)));
    }

    private HeaderLexicon() {
    }

    /** Whether a header cell names the label column (项目, 科目名称, 类/款/项 …), not values. */
    static boolean isLabelHeader(String text) {
        return LABEL_WORDS.matcher(text.replace(" ", "")).matches();
    }

    /** Meaning of one header text alone, or null when it names nothing known. */
    static ColumnMeaning meaningOf(String text) {
        String t = text.replace(" ", "").replace("、", "");
        if (t.isEmpty()) {
            return null;
        }
        for (Term term : TERMS) {
            if (term.mayMatch(t) && term.pattern().matcher(t).find()) {
                return term.meaning();
            }
        }
        return null;
    }

    /**
     * The meaning of a column whose header texts are given innermost first (its own cell, then
     * the spanning cells above). A subtotal under a named item takes that item's meaning.
     */
    static ColumnMeaning meaning(List<String> innermostFirst) {
        return meaning(innermostFirst, HeaderLexicon::meaningOf);
    }

    /**
     * Meanings of header texts remembered for one document: its tables repeat their headers,
     * and each is read twice from text (by character and by display column).
     */
    static final class Memo {
        private final java.util.Map<String, java.util.Optional<ColumnMeaning>> known = new java.util.HashMap<>();

        ColumnMeaning of(String text) {
            return known.computeIfAbsent(text, t -> java.util.Optional.ofNullable(meaningOf(t))).orElse(null);
        }

        private final java.util.Map<List<String>, ColumnMeaning> columns = new java.util.HashMap<>();

        ColumnMeaning meaning(List<String> innermostFirst) {
            return columns.computeIfAbsent(List.copyOf(innermostFirst), texts -> HeaderLexicon.meaning(texts, this::of));
        }
    }

    private static ColumnMeaning meaning(List<String> innermostFirst,
                                         java.util.function.Function<String, ColumnMeaning> meaningOf) {
        ColumnMeaning own = null;
        for (String text : innermostFirst) {
            ColumnMeaning m = meaningOf.apply(text);
            if (m == null) {
                continue;
            }
            if (own == null) {
                own = m;
                if (m != ColumnMeaning.TOTAL && m != ColumnMeaning.AMOUNT) {
                    return m;
                }
                continue;
            }
            if (own == ColumnMeaning.TOTAL && m != ColumnMeaning.AMOUNT && m.isMoney()
                    && !m.subject().isEmpty() && isItem(m)) {
                // "小计" under "公务用车购置及运行费" / "合计" under "“三公”经费": that item's total.
                return m;
            }
            if (own == ColumnMeaning.AMOUNT && m != ColumnMeaning.AMOUNT && m != ColumnMeaning.TOTAL) {
                // "2024年预算数" under "公务接待费": the item, by year.
                return m;
            }
        }
        return own == null ? ColumnMeaning.OTHER : own;
    }

    private static boolean isItem(ColumnMeaning m) {
        return switch (m) {
            case TP_TOTAL, TP_CAR, BASIC, PROJECT, FISCAL, BUSINESS_INCOME, GENERAL -> true;
            default -> false;
        };
    }

    /** The basis and year a column's headers name, judged against the document's year and kind. */
    static Basis basis(List<String> texts, Integer docYear, DocumentKind kind) {
        Basis found = null;
        for (String raw : texts) {
            // Money carried into this year is this year's source, not last year's figure.
            String t = raw.replace(" ", "");
            t = t.indexOf('结') >= 0 ? CARRIED.matcher(t).replaceAll("") : t;
            Basis b = null;
            if (t.contains("上年预算执行") || t.contains("预算执行数") && !t.contains("本年")) {
                b = Basis.PRIOR_EXECUTED;
            } else if (t.contains("上年决算")) {
                b = Basis.PRIOR_FINAL;
            } else if (t.contains("上年预算")) {
                b = Basis.PRIOR_BUDGET;
            } else if (t.contains("上年")) {
                b = Basis.PRIOR;
            } else if (t.contains("年初预算")) {
                b = Basis.BUDGET;
            } else if (t.contains("全年预算") || t.contains("调整预算")) {
                b = Basis.ADJUSTED;
            } else if (t.contains("决算")) {
                b = Basis.CURRENT;
            } else if (t.contains("预算数") && kind == DocumentKind.FINAL_ACCOUNT) {
                b = Basis.BUDGET;
            }
            Integer y = year(t);
            if (b == null && y != null && docYear != null) {
                if (y.equals(docYear)) {
                    b = Basis.CURRENT;
                } else if (y == docYear - 1) {
                    b = kind == DocumentKind.FINAL_ACCOUNT ? Basis.PRIOR_FINAL
                            : t.contains("执行") ? Basis.PRIOR_EXECUTED : t.contains("预算") ? Basis.PRIOR_BUDGET
                            : Basis.PRIOR;
                }
            }
            if (b == null && (t.contains("增减") || t.contains("比上年"))) {
                b = t.contains("%") || t.contains("幅度") || t.contains("率") ? Basis.RATE : Basis.CHANGE;
            }
            if (b != null && found == null) {
                found = b;
            }
        }
        return found == null ? Basis.CURRENT : found;
    }

    static Integer year(String text) {
        if (text.indexOf('年') < 0) {
            return null;
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
