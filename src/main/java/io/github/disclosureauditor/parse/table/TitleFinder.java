package io.github.disclosureauditor.parse.table;

import io.github.disclosureauditor.model.TableFamily;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds table titles. A title names a table family, ends with 表 (a trailing "(功能科目)" or
 * "(续表)" aside), is short, has no sentence punctuation, and is confirmed by what a printed
 * table has around its title: a unit or department line, a table number, or a header followed
 * by figures. Titles wrapped over two lines ("…支出预" / "算表") are joined. Table-of-contents
 * entries and narrative headings ("…预算表情况说明") are not titles.
 */
final class TitleFinder {
    /** A title: first and last line (0-based, inclusive), family, display text, number. */
    record Title(int line, int lastLine, TableFamily family, String text, String number) {
    }

    static final Pattern UNIT = Pattern.compile("单位\\s*[:：]\\s*(人民币)?\\s*(万元|元|千元|亿元)|[（(]\\s*(万元|元|千元)\\s*[)）]\\s*$");
    private static final Pattern META = Pattern.compile("^(编制单位|单位名称|部门名称|部门|单位|预算单位|预算主管部门|编制部门|填报单位)\\s*[:：]");
    static final Pattern NUMBER_ONLY = Pattern.compile(
            "^(YS\\s*\\d+(\\s*表)?|预算\\s*\\d+\\s*表|公开\\s*\\d+\\s*表|(部门|单位)?预算公开表\\s*\\d+|表\\s*[一二三四五六七八九十\\d]+|附表\\s*\\d+)$");
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^(YS\\s*\\d+\\s*[:：]?|预算\\s*\\d+\\s*表\\s*|公开\\s*\\d+\\s*表\\s*|(部门|单位)?预算公开表\\s*\\d+\\s*|表\\s*[一二三四五六七八九十\\d]+\\s*[:：、.]?|附表\\s*\\d+\\s*[:：、.]?)");
    private static final Pattern ENUM = Pattern.compile(
            "^([一二三四五六七八九十]+\\s*、|[(（][一二三四五六七八九十\\d]+[)）]|\\d+\\s*[.．、](?!\\d))\\s*");
    private static final Pattern TRAILING_PAREN = Pattern.compile("([(（][^()（）]{0,12}[)）]\\s*)+$");

    private TitleFinder() {
    }

    static List<Title> find(List<String> lines) {
        List<Title> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf('表') < 0) {
                continue;
            }
            String t = clean(lines.get(i));
            if (t.isEmpty() || t.indexOf('表') < 0) {
                continue;
            }
            int first = i;
            String joined = t;
            if (t.length() <= 6 && i > 0 && TableFamily.ofTitle(t) == null) {
                // The tail of a wrapped title: "…会议费、培训费支出预算" / "表".
                int p = previousNonBlank(lines, i);
                if (p >= 0) {
                    String prev = clean(lines.get(p));
                    if (!prev.isEmpty() && !prev.endsWith("表") && prev.length() <= 56 && !prev.contains("。")
                            && !prev.matches(".*\\d+\\.\\d+.*")) {
                        joined = prev + t;
                        first = p;
                    }
                }
            }
            Title title = title(lines, first, i, joined);
            if (title != null) {
                if (!out.isEmpty() && out.get(out.size() - 1).lastLine() >= first) {
                    out.remove(out.size() - 1);
                }
                out.add(title);
            }
        }
        return out;
    }

    private static int previousNonBlank(List<String> lines, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    private static Title title(List<String> lines, int first, int last, String text) {
        if (text.length() > 64 || text.contains("。") || text.contains("；") || text.contains("……")
                || text.contains("...") || text.startsWith("注") || text.startsWith("附件") || text.contains("见附")) {
            return null;
        }
        Matcher num = LEADING_NUMBER.matcher(text);
        String number = "";
        String core = text;
        if (num.find() && num.end() < text.length()) {
            number = num.group(1).replaceAll("[\\s:：、.]", "");
            core = text.substring(num.end());
        }
        core = ENUM.matcher(core).replaceFirst("");
        String bare = TRAILING_PAREN.matcher(core).replaceAll("").strip();
        if (!bare.endsWith("表") || bare.length() < 4 || bare.endsWith("附表") && bare.length() < 6) {
            return null;
        }
        TableFamily family = TableFamily.ofTitle(bare);
        if (family == null) {
            return null;
        }
        if (!confirmed(lines, first, last, family)) {
            return null;
        }
        if (number.isEmpty()) {
            number = nearbyNumber(lines, first, last);
        }
        return new Title(first, last, family, core.replace(" ", ""), number);
    }

    /** Title text without spaces, bars of flattened HTML or leading/trailing blanks. */
    static String clean(String line) {
        // Trailing bars and spaces of a flattened cell row, then every space: by hand, as this
        // runs on every line and an end-anchored regex retries from every space.
        String t = line.strip();
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == '|' || Character.isWhitespace(t.charAt(end - 1)))) {
            end--;
        }
        int start = end > 0 && t.charAt(0) == '|' ? 1 : 0;
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (c != ' ' && c != '\u3000' && c != '\f') {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }

    private static boolean confirmed(List<String> lines, int first, int last, TableFamily family) {
        int seen = 0;
        int figures = 0;
        for (int k = last + 1; k < lines.size() && seen < 8; k++) {
            String s = lines.get(k).strip();
            if (s.isEmpty()) {
                continue;
            }
            seen++;
            String c = clean(s);
            if (seen <= 4 && (UNIT.matcher(c).find() || META.matcher(c).find() || NUMBER_ONLY.matcher(c).matches())) {
                return true;
            }
            if (seen <= 2 && !clean(s).isEmpty() && TableFamily.ofTitle(clean(s)) != null && clean(s).endsWith("表")) {
                return false;
            }
            if (hasFigure(s)) {
                figures++;
            }
        }
        for (int k = first - 1, seenBack = 0; k >= 0 && seenBack < 2; k--) {
            String c = clean(lines.get(k));
            if (c.isEmpty()) {
                continue;
            }
            seenBack++;
            if (NUMBER_ONLY.matcher(c).matches() || UNIT.matcher(c).find()) {
                return true;
            }
        }
        // Performance tables often print no unit line; a header with figures or with the words
        // of such a table (项目名称, 绩效目标, 指标) below will do.
        return (family == TableFamily.PERF_TARGET || family == TableFamily.PERF_SELF_EVAL)
                && (figures >= 1 || perfHeader(lines, last));
    }

    private static boolean perfHeader(List<String> lines, int last) {
        for (int k = last + 1; k < lines.size() && k <= last + 3; k++) {
            String c = clean(lines.get(k));
            if (c.contains("项目名称") || c.contains("绩效目标") || c.contains("指标") || c.contains("年度目标")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFigure(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String nearbyNumber(List<String> lines, int first, int last) {
        for (int k = Math.max(0, first - 3); k < Math.min(lines.size(), last + 4); k++) {
            String c = clean(lines.get(k));
            if (NUMBER_ONLY.matcher(c).matches()) {
                return c;
            }
        }
        return "";
    }

    /** The unit printed near a title, or 万元 when none is printed. */
    static String unit(List<String> lines, int first, int last, int end) {
        for (int k = Math.max(0, first - 3); k < Math.min(end, last + 8); k++) {
            Matcher m = UNIT.matcher(clean(lines.get(k)));
            if (m.find()) {
                return m.group(2) != null ? m.group(2) : m.group(3);
            }
        }
        return "万元";
    }

    static boolean isMeta(String cleaned) {
        // Cheap tests first: this runs on every line of every table.
        boolean colon = cleaned.indexOf(':') >= 0 || cleaned.indexOf('：') >= 0;
        if (colon && META.matcher(cleaned).find()) {
            return true;
        }
        return cleaned.indexOf('元') >= 0 && UNIT.matcher(cleaned).find();
    }
}
