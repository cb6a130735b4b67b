package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.model.TableFamily;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a line is a table title. A title names a table family, ends with 表 (a
 * trailing parenthetical such as "(不含上年结转)" aside), is short, and either has a unit line or
 * a table number close by or names a performance table (those often print no unit line).
 */
final class TableTitle {
    static final Pattern NUMBER_LINE = Pattern.compile(
            "^(YS\\s*\\d+|预算\\s*\\d+\\s*表|公开\\s*\\d+\\s*表|预算公开表\\s*\\d+|表\\s*[一二三四五六七八九十]+|附表\\s*\\d+)$");
    static final Pattern UNIT = Pattern.compile("单位\\s*[:：]\\s*(万元|元|千元|亿元)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PAREN = Pattern.compile("(\\([^()]*\\))+$");
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^(YS\\s*\\d+|预算\\s*\\d+\\s*表|公开\\s*\\d+\\s*表|预算公开表\\s*\\d+|表\\s*[一二三四五六七八九十]+)\\s*");

    private TableTitle() {
    }

    /** Returns the family when line {@code i} is a table title, else null. */
    static TableFamily family(List<String> lines, int i) {
        String raw = lines.get(i);
        if (raw.indexOf('表') < 0 || raw.length() > 120 || raw.trim().length() > 64 || raw.indexOf('。') >= 0) {
            return null;
        }
        String t = clean(lines.get(i));
        if (t.isEmpty() || t.length() > 48 || t.startsWith("-") || t.startsWith("附件") || t.startsWith("注")
                || t.contains("...") || t.contains("…") || t.contains("。") || t.contains("\t")) {
            return null;
        }
        String core = TRAILING_PAREN.matcher(t).replaceAll("").trim();
        if (!core.endsWith("表")) {
            return null;
        }
        TableFamily f = TableFamily.ofTitle(core);
        if (f == null) {
            return null;
        }
        if (f == TableFamily.PERF_SELF_EVAL || f == TableFamily.PERF_TARGET) {
            return f;
        }
        return nearUnitOrNumber(lines, i) ? f : null;
    }

    static String clean(String line) {
        String t = SPACES.matcher(line.trim()).replaceAll(" ");
        Matcher m = LEADING_NUMBER.matcher(t);
        if (m.find() && m.end() < t.length()) {
            t = t.substring(m.end());
        }
        return t;
    }

    /** Title without spaces, for display and matching. */
    static String display(String line) {
        return clean(line).replace(" ", "");
    }

    private static boolean nearUnitOrNumber(List<String> lines, int i) {
        int seen = 0;
        for (int k = i + 1; k < lines.size() && seen < 4; k++) {
            String s = lines.get(k).trim();
            if (s.isEmpty()) {
                continue;
            }
            seen++;
            if (UNIT.matcher(s).find() || NUMBER_LINE.matcher(s).matches()) {
                return true;
            }
        }
        seen = 0;
        for (int k = i - 1; k >= 0 && seen < 3; k--) {
            String s = lines.get(k).trim();
            if (s.isEmpty()) {
                continue;
            }
            seen++;
            if (NUMBER_LINE.matcher(s.replace(" ", "")).matches() || NUMBER_LINE.matcher(s).matches()
                    || UNIT.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    /** The table number printed near the title, or empty. */
    static String number(List<String> lines, int i) {
        String own = lines.get(i).trim().replaceAll("\\s+", " ");
        Matcher m = LEADING_NUMBER.matcher(own);
        if (m.find()) {
            return m.group(1).replace(" ", "");
        }
        for (int k = Math.max(0, i - 3); k < Math.min(lines.size(), i + 4); k++) {
            String s = lines.get(k).trim();
            if (NUMBER_LINE.matcher(s).matches()) {
                return s.replace(" ", "");
            }
        }
        return "";
    }
}
