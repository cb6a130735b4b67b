package io.github.disclosureauditor.parse.table;

import io.github.disclosureauditor.vocabulary.Enumerators;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sorts the lines between a table's title and the next title into header, data and text
 * lines, skipping what a printed table carries besides its cells, and stops at the first
 * prose (a sentence of the narrative) or note after the data.
 */
final class RegionClassifier {
    private static final Pattern PAGE = Pattern.compile("^(-\\s*\\d{1,4}\\s*-|—\\s*\\d{1,4}\\s*—|[1-9]\\d{0,3}|第\\s*\\d+\\s*页.*|\\d+\\s*/\\s*\\d+)$");
    private static final Pattern NOTE = Pattern.compile("^(注|说明|备注|填报说明|附注)\\s*[:：0-9１-９一、.]");
    private static final Pattern NUMBERING_WORDS = Pattern.compile("^(栏次|行次|栏\\s*次|行\\s*次)$");
    private static final Pattern CONTINUED = Pattern.compile("^[(（]?续[表)）]?");

    private RegionClassifier() {
    }

    static List<RegionLine> classify(List<LineRuns.Line> lines, List<String> cleaned, List<Integer> pages,
                                     List<Integer> gaps, List<Boolean> pageBreaks) {
        return classify(lines, cleaned, pages, gaps, pageBreaks, true);
    }

    /**
     * As above; {@code proseEnds} false for tables whose cells hold sentences (performance
     * targets and self-evaluations), which end only at the next title or part.
     */
    static List<RegionLine> classify(List<LineRuns.Line> lines, List<String> cleaned, List<Integer> pages,
                                     List<Integer> gaps, List<Boolean> pageBreaks, boolean proseEnds) {
        List<RegionLine> out = new ArrayList<>();
        boolean data = false;
        boolean ended = false;
        for (int i = 0; i < lines.size(); i++) {
            LineRuns.Line l = lines.get(i);
            String c = cleaned.get(i);
            RegionLine.Kind kind;
            if (ended) {
                kind = RegionLine.Kind.SKIP;
            } else if (l.toks().isEmpty() || c.isEmpty()) {
                continue;
            } else if (skip(l, c)) {
                kind = RegionLine.Kind.SKIP;
            } else if (NOTE.matcher(c).lookingAt()) {
                kind = RegionLine.Kind.NOTE;
                if (data) {
                    ended = true;
                }
            } else if (isProse(l, c)) {
                kind = RegionLine.Kind.PROSE;
                if (data && proseEnds) {
                    ended = true;
                }
            } else if (isNumbering(l)) {
                kind = RegionLine.Kind.SKIP;
            } else if (l.hasValues() && !onlyCodes(l)) {
                kind = RegionLine.Kind.DATA;
                data = true;
            } else {
                kind = data ? RegionLine.Kind.TEXT : RegionLine.Kind.HEADER;
            }
            out.add(new RegionLine(l, kind, pages.get(i), gaps.get(i), pageBreaks.get(i)));
        }
        return out;
    }

    private static boolean skip(LineRuns.Line l, String c) {
        char f = c.charAt(0);
        boolean pageLike = f == '-' || f == '—' || f == '第' || f >= '0' && f <= '9';
        if (pageLike && c.length() <= 12 && PAGE.matcher(c).matches() && l.toks().size() <= 3) {
            return true;
        }
        if (TitleFinder.isMeta(c)) {
            return true;
        }
        // The table-number and continuation patterns are short lines; most lines are long rows.
        return c.length() <= 24 && ("YS预公部单表附".indexOf(f) >= 0 && TitleFinder.NUMBER_ONLY.matcher(c).matches()
                || "(（续".indexOf(f) >= 0 && CONTINUED.matcher(c).matches());
    }

    /**
     * A sentence of the narrative, not a row of cells: sentence punctuation inside the text of
     * a line that is not laid out in columns, or long text with it; or a section heading
     * ("三、部门预算情况说明").
     */
    static boolean isProse(LineRuns.Line l, String c) {
        int texts = 0;
        int longest = 0;
        int length = 0;
        boolean punctuated = false;
        for (Tok t : l.toks()) {
            if (t.isText()) {
                texts++;
                longest = Math.max(longest, t.text().length());
                length += t.text().length();
                String x = t.text();
                punctuated |= x.indexOf('。') >= 0 || x.indexOf('，') >= 0 || x.indexOf('；') >= 0
                        || x.indexOf(',') > 0 && x.indexOf(',') < x.length() - 1 && !Character.isDigit(x.charAt(x.indexOf(',') - 1));
            }
        }
        if (texts == 0) {
            return false;
        }
        if (Enumerators.mayStart(c) && HEADING.matcher(c).matches()
                || texts == 1 && l.toks().size() == 1 && c.endsWith("说明") && SECTION.matcher(c).matches()) {
            return true;
        }
        if (punctuated && (!l.spaced() || length >= 20)) {
            return true;
        }
        boolean sentence = c.contains("。") || c.contains("，") || c.contains("；") || c.contains("：") && c.length() > 20;
        return sentence && longest >= 16 && l.toks().size() <= 4;
    }

    /** A short line on its own naming a section: "其他相关情况说明", "项目经费情况说明". */
    private static final Pattern SECTION = Pattern.compile("^.{2,20}(情况说明|说明)$");
    private static final Pattern HEADING = Pattern.compile(
            "^(第[一二三四五六七八九十]+部分.*|[一二三四五六七八九十]+、.{2,30}(说明|情况|概况|解释|简介)|[(（][一二三四五六七八九十]+[)）].{2,30}(说明|情况))$");

    /** "栏次 1 2 3 …" or "1 2 3 4 5": column numbers under the header. */
    static boolean isNumbering(LineRuns.Line l) {
        int expected = -1;
        int values = 0;
        for (Tok t : l.toks()) {
            if (t.isText()) {
                if (!NUMBERING_WORDS.matcher(t.text()).matches()) {
                    return false;
                }
                expected = -1;
                continue;
            }
            if (t.kind() != Tok.Kind.NUMBER || t.decimals() != 0 || t.value() > 99) {
                return false;
            }
            int v = (int) t.value();
            if (expected >= 0 && v != expected) {
                return false;
            }
            expected = v + 1;
            values++;
        }
        return values >= 2;
    }

    /** A line whose only numbers are codes before its label ("2080505 养老" with blank values) is text. */
    private static boolean onlyCodes(LineRuns.Line l) {
        boolean textSeen = false;
        for (Tok t : l.toks()) {
            if (t.isText()) {
                textSeen = true;
            } else if (textSeen || !t.codeLike()) {
                return false;
            }
        }
        return textSeen;
    }
}
