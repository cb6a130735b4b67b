package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.vocabulary.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject a narrative amount is stated for, read from the words just before it in its
 * clause: a function subject written as "X（类）Y（款）Z（项）", or a lexicon term (三公 items,
 * 基本/项目支出, 机关运行经费, a function class …) with nothing but linking words between it and
 * the amount. Anything else before the amount ("一般公共预算拨款安排的会议费 1305.25 万元") leaves
 * the subject unplaced, so it is never compared with a broader one.
 */
final class SubjectFinder {
    /** A subject: lexicon key (or PATH:…), the words, the 类/款/项 names, where it starts in the window. */
    record Subject(String key, String words, List<String> path, int start) {
        static final Subject NONE = new Subject("", "", List.of(), -1);

        boolean found() {
            return !key.isEmpty();
        }
    }

    private static final Pattern PATH_PART = Pattern.compile("([^()“”\"，,；;：:。、]{1,40}?)\\s*\\((类|款|项)\\)");
    /**
     * Words that may stand between a subject and its amount, or make up a clause with no subject
     * of its own ("2023年预算安排 45.41 万元" continues the item named before it).
     */
    private static final Pattern FILLER = Pattern.compile(
            "^(\\s|[“”\"'：:、()\\[\\]]|\\d{4}\\s*年度?|本年度?|当年|上年|去年|上一年|同期|年初|全年|本部门|我部门|部门|单位|"
                    + "本级|预算数?|决算数?|执行数?|实际|完成|安排|支出|收入|拨款|财政拨款|资金|经费|合计|共计|总计|总额|金额|科目|"
                    + "数|为|是|达|共|计|约|的|了|用于|其中|分别|主要|该项|此项|本项|项目|比|较|与|相比|增加|减少|增长|下降|"
                    + "调整后|调整|全年|累计|列支|发生|年度|万元|元)*$");

    private SubjectFinder() {
    }

    /** The subject in {@code window} (the clause text before an amount), or NONE. */
    static Subject find(String window) {
        Subject path = path(window);
        if (path.found()) {
            return path;
        }
        Lexicon.Hit hit = Lexicon.lastSubject(window);
        if (hit == null) {
            return Subject.NONE;
        }
        String after = window.substring(hit.end());
        if (!FILLER.matcher(after).matches()) {
            return Subject.NONE;
        }
        return new Subject(hit.key(), hit.words(), List.of(), hit.start());
    }

    /**
     * Whether a clause names no money of its own, only a year, a basis or a verb ("2023年预算安排
     * 45.41 万元"), so its amount continues the subject named before. "财政拨款收入 X" names
     * other money and does not.
     */
    static boolean continues(String window) {
        return CONTINUING.matcher(window).matches();
    }

    private static final Pattern CONTINUING = Pattern.compile(
            "^(\\s|[“”\"'：:、()]|\\d{4}\\s*年度?|本年度?|当年|上年|去年|上一年|同期|年初|全年|预算数?|决算数?|执行数?|"
                    + "实际|完成|安排|支出|收入|合计|共计|为|是|达|共|计|约|的|了|分别|该项|此项|本项|比|较|与|相比|调整后|"
                    + "调整|累计|列支|发生|年度)*$");

    /** "一般公共服务支出（类）统计信息事务（款）统计管理（项）" (brackets normalised) before the amount. */
    private static Subject path(String window) {
        int last = Math.max(window.lastIndexOf("(项)"), Math.max(window.lastIndexOf("(款)"), window.lastIndexOf("(类)")));
        if (last < 0) {
            return Subject.NONE;
        }
        String after = window.substring(last + 3);
        if (!FILLER.matcher(after).matches()) {
            return Subject.NONE;
        }
        // Walk back over the consecutive "名称（级）" parts that end at `last`.
        List<String[]> parts = new ArrayList<>();
        Matcher m = PATH_PART.matcher(window);
        int start = -1;
        int expect = -1;
        while (m.find()) {
            if (m.end() > last + 3) {
                break;
            }
            if (expect >= 0 && m.start() != expect && !window.substring(expect, m.start()).isBlank()) {
                parts.clear();
                start = -1;
            }
            if (start < 0) {
                start = m.start();
            }
            parts.add(new String[]{m.group(1).strip().replaceAll("^[“\"'\\d.、\\s]+", ""), m.group(2)});
            expect = m.end();
        }
        if (parts.isEmpty() || expect != last + 3) {
            return Subject.NONE;
        }
        List<String> path = new ArrayList<>();
        StringBuilder key = new StringBuilder("PATH:");
        for (String[] p : parts) {
            path.add(p[1] + "=" + p[0]);
            key.append(key.length() > 5 ? "/" : "").append(p[1]).append('=').append(p[0]);
        }
        return new Subject(key.toString(), window.substring(start, last + 3), path, start);
    }
}
