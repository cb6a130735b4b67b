package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.model.SourceSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The narrative lines joined into one string, undoing PDF line wrapping ("912." + "63 万元"),
 * with a map from every character back to its 1-based line. A newline is kept where a line
 * ends a sentence or the next one starts an enumerated heading.
 */
final class NarrativeText {
    private static final Pattern ENUMERATOR = Pattern.compile(
            "^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d+[、.](?!\\d)|\\(\\d+\\)|[①-⑳]|-\\s)");
    private static final Pattern PAGE = Pattern.compile("^(-\\s*\\d{1,4}\\s*-|\\d{1,4}|第\\s*\\d+\\s*页.*)$");
    private static final Pattern HEADING_END = Pattern.compile("(说明|情况|概况|简介|职责|设置|目标|问题|措施|结果|解释)$");
    private static final String ENDS = "。；;！？!?";

    final String text;
    private final int[] lineOf;

    private NarrativeText(String text, int[] lineOf) {
        this.text = text;
        this.lineOf = lineOf;
    }

    /** Builds the narrative from lines whose {@code inTable} flag is false. */
    static NarrativeText of(List<String> lines, boolean[] inTable) {
        StringBuilder sb = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        String prev = null;
        for (int i = 0; i < lines.size(); i++) {
            if (inTable[i]) {
                if (prev != null) {
                    append(sb, map, "\n", i);
                    prev = null;
                }
                continue;
            }
            String t = lines.get(i).trim();
            if (t.isEmpty() || PAGE.matcher(t).matches() || t.contains(".....") || t.matches(".*\\t\\d+$")) {
                continue;
            }
            t = t.replace('\t', ' ');
            boolean heading = prev != null && ENUMERATOR.matcher(prev).find() && !prev.contains("，")
                    && !prev.contains(",") && (prev.length() <= 16 || HEADING_END.matcher(prev).find());
            if (prev != null && (ENDS.indexOf(prev.charAt(prev.length() - 1)) >= 0 || ENUMERATOR.matcher(t).find()
                    || heading)) {
                append(sb, map, "\n", i);
            }
            append(sb, map, t, i + 1);
            prev = t;
        }
        int[] lineOf = new int[map.size()];
        for (int i = 0; i < lineOf.length; i++) {
            lineOf[i] = map.get(i);
        }
        return new NarrativeText(sb.toString(), lineOf);
    }

    private static void append(StringBuilder sb, List<Integer> map, String s, int line) {
        sb.append(s);
        for (int k = 0; k < s.length(); k++) {
            map.add(line);
        }
    }

    int lineAt(int offset) {
        if (lineOf.length == 0) {
            return 1;
        }
        return Math.max(1, lineOf[Math.max(0, Math.min(offset, lineOf.length - 1))]);
    }

    SourceSpan span(int start, int end) {
        return new SourceSpan(lineAt(start), lineAt(Math.max(start, end - 1)));
    }
}
