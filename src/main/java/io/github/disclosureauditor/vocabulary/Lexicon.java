package io.github.disclosureauditor.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subjects an auditor compares between narrative and tables, as stable keys. A phrase is
 * looked up by the last (rightmost) subject named in it; ties go to the longer term.
 */
public final class Lexicon {
    private static final Map<String, String> TERMS = new LinkedHashMap<>();
    private static final Map<String, String> FUNCTION_CLASSES = new LinkedHashMap<>();

    static {
        put("3P:TOTAL", "三公\"?”?经费", "三公”经费", "“三公”经费");
        put("3P:ABROAD", "因公出国\\(境\\)费用?");
        put("3P:CAR", "公务用车购置及运行(维护)?费");
        put("3P:CAR_BUY", "公务用车购置(费|支出)");
        put("3P:CAR_RUN", "公务用车运行(维护)?(费|支出)");
        put("3P:RECEPTION", "公务接待费");
        put("ORG_RUN", "(机关|机构)运行经费");
        put("PROC:TOTAL", "政府采购(预算|支出)?(总额)?");
        put("PROC:GOODS", "政府采购货物(预算|支出)?");
        put("PROC:WORKS", "政府采购工程(预算|支出)?");
        put("PROC:SERVICES", "政府采购服务(预算|支出)?");
        put("BASIC", "基本支出");
        put("RESERVE", "(单位)?预留机动经费");
        put("PROJECT", "项目支出");
        put("PERSONNEL", "人员经费");
        put("PUBLIC", "(日常)?公用经费");
        put("INCOME_TOTAL", "收入总计", "收、?支总计");
        put("EXPENSE_TOTAL", "支出总计");
        put("INCOME", "(本年)?收入合计", "本年收入");
        put("EXPENSE", "(本年)?支出合计", "本年支出");
        put("CARRY_IN", "上年结转(结余)?", "年初结转和结余");
        put("GPB", "一般公共预算(财政)?(拨款)?(收入|收支预算|支出|拨款)?");
        String[][] classes = {
            {"201", "一般公共服务"}, {"202", "外交"}, {"203", "国防"}, {"204", "公共安全"}, {"205", "教育"},
            {"206", "科学技术"}, {"207", "文化(旅游)?(体育)?(与|和)?(传媒)?"}, {"208", "社会保障和就业"},
            {"209", "社会保险基金"}, {"210", "卫生健康"}, {"211", "节能环保"}, {"212", "城乡社区"},
            {"213", "农林水"}, {"214", "交通运输"}, {"215", "资源勘探"}, {"216", "商业服务业"}, {"217", "金融"},
            {"219", "援助其他地区"}, {"220", "自然资源海洋气象"}, {"221", "住房保障"}, {"222", "粮油物资储备"},
            {"224", "灾害防治及应急管理"}, {"227", "预备费"}, {"229", "其他支出"}, {"230", "转移性支出"},
        };
        for (String[] c : classes) {
            FUNCTION_CLASSES.put(c[0], c[1]);
            put("FUNC:" + c[0], "(" + c[1] + ")(\\(类\\))?(支出|事务)?");
        }
    }

    /** A term: its key, its pattern and a literal every match contains (a cheap pre-check). */
    private record Term(String key, Pattern pattern, String hint) {
    }

    private static final List<Term> PATTERNS = new ArrayList<>();

    static {
        for (Map.Entry<String, String> e : TERMS.entrySet()) {
            PATTERNS.add(new Term(e.getValue(), Pattern.compile(e.getKey()), hint(e.getKey())));
        }
    }

    /**
     * A literal every match of the term contains, used to skip terms cheaply: the term's leading
     * literal text, or that of its first group when the term starts with a plain group. Empty
     * (always try the pattern) when there is none.
     */
    static String hint(String regex) {
        String lead = leadingHint(regex);
        return lead.isEmpty() ? trailingHint(regex) : lead;
    }

    /** The literal run at the end of the term ("(机关|机构)运行经费" → "运行经费"): always required. */
    private static String trailingHint(String r) {
        int i = r.length();
        while (i > 0 && "\\()[]{}?*+.|^$".indexOf(r.charAt(i - 1)) < 0) {
            i--;
        }
        if (i > 0 && r.charAt(i - 1) == '\\') {
            return "";
        }
        return r.length() - i >= 2 ? r.substring(i) : "";
    }

    private static String leadingHint(String regex) {
        String r = regex;
        if (r.startsWith("(")) {
            int close = r.indexOf(')');
            String group = close > 0 ? r.substring(1, close) : "";
            boolean optional = close + 1 < r.length() && "?*".indexOf(r.charAt(close + 1)) >= 0;
            if (optional || group.isEmpty() || group.chars().anyMatch(c -> "\\()[]{}?*+.|^$".indexOf(c) >= 0)) {
                return "";
            }
            return group;
        }
        int i = 0;
        while (i < r.length() && "\\()[]{}?*+.|^$".indexOf(r.charAt(i)) < 0) {
            i++;
        }
        if (i < r.length() && "?*{".indexOf(r.charAt(i)) >= 0) {
            i--;
        }
        return i >= 2 ? r.substring(0, i) : "";
    }

    private Lexicon() {
    }

    private static void put(String key, String... regexes) {
        for (String r : regexes) {
            TERMS.put(r, key);
        }
    }

    /** A subject found in text: key, the matched words and where they end. */
    public record Hit(String key, String words, int start, int end) {
    }

    /** The rightmost subject named in {@code text}, or null. */
    public static Hit lastSubject(String text) {
        Hit best = null;
        for (Term e : PATTERNS) {
            if (!e.hint().isEmpty() && !text.contains(e.hint())) {
                continue;
            }
            Matcher m = e.pattern().matcher(text);
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                if (best == null || m.end() > best.end()
                        || (m.end() == best.end() && m.end() - m.start() > best.end() - best.start())) {
                    best = new Hit(e.key(), m.group(), m.start(), m.end());
                }
            }
        }
        return best;
    }

    private static final Pattern ENUM_PREFIX = Pattern.compile("^[(（]?[一二三四五六七八九十]+[)）、.]?");
    private static final Map<String, Pattern> CLASS_LABELS = new LinkedHashMap<>();

    static {
        FUNCTION_CLASSES.forEach((code, name) -> CLASS_LABELS.put(code, Pattern.compile("(" + name + ")(支出|事务)?")));
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> CLASS_CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CLASS_CACHE_LIMIT = 10_000;

    /** Function class code of a row label such as "（八）社会保障和就业支出", or null. */
    public static String functionClassOf(String label) {
        String cached = CLASS_CACHE.get(label);
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        String code = lookUpClass(label);
        if (CLASS_CACHE.size() < CLASS_CACHE_LIMIT) {
            CLASS_CACHE.put(label, code == null ? "" : code);
        }
        return code;
    }

    private static String lookUpClass(String label) {
        String l = ENUM_PREFIX.matcher(label).replaceFirst("").replace("(类)", "");
        for (Map.Entry<String, Pattern> e : CLASS_LABELS.entrySet()) {
            if (e.getValue().matcher(l).matches()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Human name of a key, for messages. */
    /** A subject's name in quotes, without doubling the quotes a name already carries (“三公”经费). */
    public static String quoted(String key) {
        String n = nameOf(key);
        return n.startsWith("“") ? n : "“" + n + "”";
    }

    /**
     * A subject path ("类=一般公共服务支出/款=商贸事务/项=事业运行") the way disclosures write it:
     * 一般公共服务支出（类）商贸事务（款）事业运行（项）.
     */
    private static String pathName(String path) {
        StringBuilder out = new StringBuilder();
        for (String part : path.split("/")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                out.append(part);
            } else {
                out.append(part, eq + 1, part.length()).append('（').append(part, 0, eq).append('）');
            }
        }
        return out.toString();
    }

    public static String nameOf(String key) {
        if (key.startsWith("FUNC:")) {
            if (!FUNCTION_CLASSES.containsKey(key.substring(5))) {
                return "功能科目 " + key.substring(5);
            }
            String n = FUNCTION_CLASSES.get(key.substring(5));
            return n.replaceAll("\\(([^()]*)\\)\\?", "$1").replaceAll("[()|?]", "").replace("与和", "与") + "支出";
        }
        if (key.startsWith("ECON:")) {
            return "经济科目 " + key.substring(5);
        }
        if (key.startsWith("PATH:")) {
            return pathName(key.substring(5));
        }
        return switch (key) {
            case "3P:TOTAL" -> "“三公”经费";
            case "3P:ABROAD" -> "因公出国(境)费";
            case "3P:CAR" -> "公务用车购置及运行费";
            case "3P:CAR_BUY" -> "公务用车购置费";
            case "3P:CAR_RUN" -> "公务用车运行维护费";
            case "3P:RECEPTION" -> "公务接待费";
            case "ORG_RUN" -> "机关运行经费";
            case "PROC:TOTAL" -> "政府采购";
            case "PROC:GOODS" -> "政府采购货物";
            case "PROC:WORKS" -> "政府采购工程";
            case "PROC:SERVICES" -> "政府采购服务";
            case "BASIC" -> "基本支出";
            case "RESERVE" -> "预留机动经费";
            case "PROJECT" -> "项目支出";
            case "PERSONNEL" -> "人员经费";
            case "PUBLIC" -> "公用经费";
            case "INCOME_TOTAL" -> "收入总计";
            case "EXPENSE_TOTAL" -> "支出总计";
            case "INCOME" -> "本年收入合计";
            case "EXPENSE" -> "本年支出合计";
            case "CARRY_IN" -> "上年结转";
            case "GPB" -> "一般公共预算";
            default -> key;
        };
    }
}
