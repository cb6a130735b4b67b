package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.model.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits one table line into segments. Space-separated lines (PDF extraction) lose empty cells,
 * so a segment only knows the order of its numbers; tab-separated lines keep every cell, so each
 * number also knows its cell index.
 */
final class LineSplitter {
    private LineSplitter() {
    }

    static List<Segment> split(String line) {
        boolean tabbed = line.indexOf('\t') >= 0;
        List<String> tokens = new ArrayList<>();
        List<Integer> cellOf = new ArrayList<>();
        List<Integer> displayEnds = new ArrayList<>();
        if (tabbed) {
            String[] cells = line.split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                String cell = cells[c].trim();
                if (cell.isEmpty()) {
                    continue;
                }
                String joined = joinPercent(cell);
                // "01 工资奖金津贴": a code part and a label share one cell.
                String[] parts = CODE_AND_LABEL.matcher(joined).matches() ? joined.split(" ", 2) : new String[]{joined};
                for (String p : parts) {
                    tokens.add(p.trim());
                    cellOf.add(c);
                }
            }
        } else {
            // Keep each token's end column: in pdftotext -layout text it tells the column.
            String joined = joinPercent(line);
            var m = TOKEN.matcher(joined);
            int widthSoFar = 0;
            int scanned = 0;
            while (m.find()) {
                tokens.add(m.group());
                cellOf.add(-1 - m.end());
                widthSoFar += displayWidth(joined, scanned, m.end());
                scanned = m.end();
                displayEnds.add(widthSoFar);
            }
        }
        List<Segment> segs = segments(tokens, cellOf);
        if (!displayEnds.isEmpty()) {
            // Map char ends back to display ends for the values each segment kept.
            java.util.Map<Integer, Integer> byEnd = new java.util.HashMap<>();
            for (int i = 0; i < cellOf.size(); i++) {
                byEnd.put(cellOf.get(i), displayEnds.get(i));
            }
            for (Segment seg : segs) {
                for (int c : seg.cells) {
                    seg.displayEnds.add(byEnd.getOrDefault(c, -1));
                }
            }
        }
        return segs;
    }

    /** Columns a terminal gives the first {@code end} characters: CJK and full-width count two. */
    static int displayWidth(String s, int end) {
        return displayWidth(s, 0, end);
    }

    private static int displayWidth(String s, int from, int end) {
        int w = 0;
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            w += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                    || (c >= 0xFFE0 && c <= 0xFFE6))) ? 2 : 1;
        }
        return w;
    }

    private static String joinPercent(String s) {
        return s.indexOf('%') < 0 ? s : PERCENT_GAP.matcher(s).replaceAll("$1%");
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("\\S+");
    private static final java.util.regex.Pattern PERCENT_GAP = java.util.regex.Pattern.compile("(\\d)\\s+%");
    private static final java.util.regex.Pattern CODE_AND_LABEL = java.util.regex.Pattern.compile("\\d{2} \\D.*");

    private static List<Segment> segments(List<String> tokens, List<Integer> cellOf) {
        List<Segment> out = new ArrayList<>();
        Segment cur = new Segment();
        int i = 0;
        while (i < tokens.size()) {
            String tok = tokens.get(i);
            if (!cur.isEmpty() && tok.length() <= 2 && DASH.matcher(tok).matches()) {
                // "-" or "—" in a cell means zero.
                tok = "0";
                tokens.set(i, tok);
            }
            boolean number = Amounts.isNumber(tok);
            int codeLen = number ? Codes.codeLength(tokens, i) : 0;
            boolean startsCode;
            if (cur.isEmpty()) {
                startsCode = codeLen > 0;
            } else if (!cur.values.isEmpty()) {
                startsCode = codeLen > 0 && followedByText(tokens, i + codeLen);
            } else {
                // A label without numbers, then a code: only a coded row may be followed by another code.
                startsCode = codeLen > 0 && !cur.code.isEmpty();
            }
            if (startsCode && cur.isEmpty()) {
                setCode(cur, tokens, i, codeLen);
                i += codeLen;
                continue;
            }
            if (startsCode) {
                String code = String.join("", tokens.subList(i, i + codeLen));
                Row.CodeKind kind = Codes.kindOf(code);
                if (cur.values.isEmpty() && kind == Row.CodeKind.GOV_ECONOMIC
                        && cur.codeKind == Row.CodeKind.ECONOMIC && cur.secondaryCode.isEmpty()) {
                    cur.secondaryCode = code;
                    cur.inSecondaryLabel = true;
                    i += codeLen;
                    continue;
                }
                out.add(cur);
                cur = new Segment();
                setCode(cur, tokens, i, codeLen);
                i += codeLen;
                continue;
            }
            if (number) {
                cur.values.add(tok);
                cur.cells.add(cellOf.get(i));
            } else {
                if (!cur.values.isEmpty() || startsNewLabel(cur, tok)) {
                    out.add(cur);
                    cur = new Segment();
                }
                if (cur.label.length() == 0 && !cur.inSecondaryLabel) {
                    cur.labelCell = cellOf.get(i);
                }
                if (!cur.inSecondaryLabel) {
                    cur.label.append(tok);
                }
            }
            i++;
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /**
     * Two labels side by side with no number between them ("七、上级补助收入 八、社会保障和就业",
     * "收入合计 支出合计") are two rows of a two-sided table, not one long label.
     */
    private static boolean startsNewLabel(Segment cur, String tok) {
        if (cur.label.length() == 0 || cur.inSecondaryLabel) {
            return false;
        }
        if (ENUMERATED.matcher(tok).find()) {
            return true;
        }
        String label = cur.labelText();
        return tok.length() >= 2 && (label.endsWith("合计") || label.endsWith("总计") || label.endsWith("结余")
                || label.endsWith("结转") || label.endsWith("计:") || label.endsWith("计：")) && !tok.startsWith("合计");
    }

    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("[-—–]{1,2}");

    private static final java.util.regex.Pattern ENUMERATED = java.util.regex.Pattern.compile(
            "^([一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|（[一二三四五六七八九十]+）)");

    private static boolean followedByText(List<String> tokens, int j) {
        return j >= tokens.size() || !Amounts.isNumber(tokens.get(j));
    }

    private static void setCode(Segment s, List<String> tokens, int i, int len) {
        s.code = String.join("", tokens.subList(i, i + len));
        s.codeKind = Codes.kindOf(s.code);
        if (s.codeKind == Row.CodeKind.NONE) {
            s.codeKind = len > 1 && s.code.startsWith("5") ? Row.CodeKind.GOV_ECONOMIC
                    : len > 1 && s.code.startsWith("3") ? Row.CodeKind.ECONOMIC : Row.CodeKind.FUNCTION;
        }
    }

    static List<String> tokensOf(String line) {
        return Arrays.asList(line.trim().split("\\s+"));
    }
}
