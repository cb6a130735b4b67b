package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.vocabulary.Enumerators;
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
    private static final java.util.Set<String> HEADING_ENDS = java.util.Set.of("说明", "情况", "概况", "简介", "职责", "设置", "目标", "问题", "措施", "结果", "解释");
    private static final Pattern TOC_ENTRY = Pattern.compile("\\t\\d+$");
    private static final String ENDS = "。；;！？!?";

    /** Whether a line starts with an enumerator; the first character rules most lines out cheaply. */
    private static boolean enumerated(String line) {
        return Enumerators.mayStart(line) && ENUMERATOR.matcher(line).lookingAt();
    }

    final String text;
    /** Start offset of each appended piece and the line it came from, for binary search. */
    private final int[] starts;
    private final int[] lines;

    private NarrativeText(String text, int[] starts, int[] lines) {
        this.text = text;
        this.starts = starts;
        this.lines = lines;
    }

    /** Builds the narrative from lines whose {@code inTable} flag is false. */
    static NarrativeText of(List<String> lines, boolean[] inTable) {
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[16];
        int[] lineOf = new int[16];
        int pieces = 0;
        String prev = null;
        for (int i = 0; i < lines.size(); i++) {
            String piece = null;
            int line = i;
            if (inTable[i]) {
                if (prev != null) {
                    piece = "\n";
                    prev = null;
                }
            } else {
                String t = lines.get(i).trim();
                if (t.isEmpty() || (t.length() <= 12 && PAGE.matcher(t).matches()) || t.contains(".....")
                        || (t.indexOf('\t') >= 0 && TOC_ENTRY.matcher(t).find())) {
                    continue;
                }
                t = t.indexOf('\t') >= 0 ? t.replace('\t', ' ') : t;
                String current = t;
                boolean heading = prev != null && !prev.contains("，") && !prev.contains(",")
                        && (prev.length() <= 16 || HEADING_ENDS.contains(prev.substring(prev.length() - 2))) && enumerated(prev);
                if (prev != null && (ENDS.indexOf(prev.charAt(prev.length() - 1)) >= 0
                        || enumerated(t) || heading)) {
                    t = "\n" + t;
                }
                piece = t;
                line = i + 1;
                prev = current;
            }
            if (piece == null) {
                continue;
            }
            if (pieces == starts.length) {
                starts = java.util.Arrays.copyOf(starts, pieces * 2);
                lineOf = java.util.Arrays.copyOf(lineOf, pieces * 2);
            }
            starts[pieces] = sb.length();
            lineOf[pieces] = Math.max(1, line);
            pieces++;
            sb.append(piece);
        }
        return new NarrativeText(sb.toString(), java.util.Arrays.copyOf(starts, pieces),
                java.util.Arrays.copyOf(lineOf, pieces));
    }

    int lineAt(int offset) {
        if (starts.length == 0) {
            return 1;
        }
        int i = java.util.Arrays.binarySearch(starts, Math.max(0, offset));
        if (i < 0) {
            i = -i - 2;
        }
        return lines[Math.max(0, i)];
    }

    SourceSpan span(int start, int end) {
        return new SourceSpan(lineAt(start), lineAt(Math.max(start, end - 1)));
    }
}
