package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.model.ParseProblem;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.SourceSpan;
import io.github.disclosureauditor.model.Table;
import io.github.disclosureauditor.model.TableFamily;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the lines of one table into rows. Labels wrapped over several lines (PDF text) are
 * glued to the numbers that follow them; header, note, page-number and 栏次 lines are skipped.
 */
final class TableReader {
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(-\\s*\\d{1,4}\\s*-|\\d{1,3}|第\\s*\\d+\\s*页.*)$");
    private static final Pattern META = Pattern.compile("(单位名称|部门名称|金额单位|单位\\s*[:：]|^部门\\s*[:：]|^编制单位)");
    private static final Pattern NOTE = Pattern.compile("^(注|说明|备注|填报说明)\\s*[:：0-9１-９]");
    private static final int MAX_PENDING_LINES = 12;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Rows read per table at most; a disclosure table has tens to hundreds. */
    static final int MAX_ROWS = 5000;
    /** Longer lines are cut: no table row is this long, and the cut keeps work per line bounded. */
    static final int MAX_LINE = 4000;

    private final List<String> lines;
    private final ProblemLog problems;

    TableReader(List<String> lines, ProblemLog problems) {
        this.lines = lines;
        this.problems = problems;
    }

    /** Reads lines [titleIndex, end) (0-based) as a table of the given family. */
    Table read(int id, TableFamily family, int titleIndex, int end) {
        String unit = "万元";
        for (int k = Math.max(0, titleIndex - 3); k < Math.min(end, titleIndex + 8); k++) {
            var m = TableTitle.UNIT.matcher(lines.get(k));
            if (m.find()) {
                unit = m.group(1);
                break;
            }
        }
        double scale = switch (unit) {
            case "元" -> 0.0001;
            case "千元" -> 0.1;
            case "亿元" -> 10000;
            default -> 1;
        };
        int extraDecimals = switch (unit) {
            case "元" -> 4;
            case "千元" -> 1;
            default -> 0;
        };
        List<String> header = new ArrayList<>();
        List<RawRow> raw = new ArrayList<>();
        boolean tabular = false;
        boolean inNote = false;
        boolean rowNumbers = false;
        boolean twoSided = family == TableFamily.INCOME_EXPENSE_SUMMARY || family == TableFamily.FISCAL_SUMMARY;
        String pendingCode = "";
        String pendingSecondary = "";
        Row.CodeKind pendingKind = Row.CodeKind.NONE;
        StringBuilder pendingLabel = new StringBuilder();
        int pendingStart = -1;
        int pendingLines = 0;
        for (int i = titleIndex + 1; i < end && raw.size() < MAX_ROWS; i++) {
            if ((i & 255) == 0 && Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("interrupted");
            }
            String line = lines.get(i);
            if (line.length() > MAX_LINE) {
                problems.add(i + 1, "LONG_LINE", "第" + (i + 1) + "行超过 " + MAX_LINE + " 个字符，只读取开头部分");
                line = line.substring(0, MAX_LINE);
            }
            String t = line.trim();
            boolean shortLine = t.length() <= 16;
            if (t.isEmpty() || (shortLine && (PAGE_NUMBER.matcher(t).matches() || TableTitle.NUMBER_LINE.matcher(t).matches()))
                    || ((t.contains("单位") || t.contains("部门")) && META.matcher(t).find()) || t.startsWith("栏次")
                    || isColumnNumbering(t)) {
                continue;
            }
            if (NOTE.matcher(t).lookingAt()) {
                inNote = true;
                continue;
            }
            tabular |= line.indexOf('\t') >= 0;
            List<Segment> segs = LineSplitter.split(line);
            boolean hasNumbers = false;
            for (Segment s : segs) {
                hasNumbers |= !s.values.isEmpty();
            }
            if (!hasNumbers) {
                if (inNote) {
                    continue;
                }
                if (raw.isEmpty() && !(segs.size() == 1 && !segs.get(0).code.isEmpty())) {
                    header.add(t);
                    rowNumbers |= t.contains("行次") || t.replace(" ", "").contains("行次");
                    continue;
                }
                if (tabular || twoSided) {
                    for (Segment s : segs) {
                        raw.add(new RawRow(s, segs.indexOf(s), i + 1, i + 1));
                    }
                    continue;
                }
                if (segs.size() == 1 && segs.get(0).codeKind == Row.CodeKind.GOV_ECONOMIC
                        && pendingKind == Row.CodeKind.ECONOMIC && pendingSecondary.isEmpty()) {
                    pendingSecondary = segs.get(0).code;
                } else if (segs.size() == 1 && !segs.get(0).code.isEmpty()) {
                    pendingCode = segs.get(0).code;
                    pendingSecondary = "";
                    pendingKind = segs.get(0).codeKind;
                    pendingLabel.setLength(0);
                    pendingLabel.append(segs.get(0).labelText());
                    pendingStart = i + 1;
                    pendingLines = 1;
                } else if (!pendingSecondary.isEmpty()) {
                    continue;
                } else if (pendingLines < MAX_PENDING_LINES) {
                    if (pendingStart < 0) {
                        pendingStart = i + 1;
                    }
                    pendingLabel.append(t.replace(" ", ""));
                    pendingLines++;
                } else {
                    pendingCode = "";
                    pendingSecondary = "";
                    pendingLabel.setLength(0);
                    pendingStart = -1;
                    pendingLines = 0;
                }
                continue;
            }
            inNote = false;
            if (raw.isEmpty()) {
                rowNumbers |= String.join("", header).replace(" ", "").contains("行次");
            }
            for (int s = 0; s < segs.size(); s++) {
                Segment seg = segs.get(s);
                if (rowNumbers) {
                    dropRowNumbers(seg);
                    if (seg.values.isEmpty() && seg.label.length() == 0 && seg.code.isEmpty()) {
                        continue;
                    }
                }
                int startLine = i + 1;
                if (s == 0 && pendingStart > 0) {
                    if (seg.code.isEmpty() && seg.label.length() == 0) {
                        seg.code = pendingCode;
                        seg.codeKind = pendingKind;
                        seg.secondaryCode = pendingSecondary;
                        seg.label.append(pendingLabel);
                        startLine = pendingStart;
                    } else if (!pendingCode.isEmpty() && seg.codeKind == Row.CodeKind.GOV_ECONOMIC) {
                        seg.secondaryCode = seg.code;
                        seg.code = pendingCode;
                        seg.codeKind = pendingKind;
                        seg.label.setLength(0);
                        seg.label.append(pendingLabel);
                        startLine = pendingStart;
                    }
                }
                if (seg.label.length() == 0 && seg.code.isEmpty() && raw.isEmpty()) {
                    seg.label.append("合计");
                }
                raw.add(new RawRow(seg, s, startLine, i + 1));
            }
            pendingCode = "";
            pendingSecondary = "";
            pendingKind = Row.CodeKind.NONE;
            pendingLabel.setLength(0);
            pendingStart = -1;
            pendingLines = 0;
        }
        List<Row> rows = RowBuilder.build(family, String.join(" ", header), raw, tabular, scale, extraDecimals, problems);
        List<String> schema = RowBuilder.lastSchema(family, String.join(" ", header), raw, tabular);
        return new Table(id, family, TableTitle.display(lines.get(titleIndex)),
                TableTitle.number(lines, titleIndex), unit, scale, header, schema, tabular, rows,
                new SourceSpan(titleIndex + 1, Math.max(titleIndex + 1, end)));
    }

    /** 行次 columns print small integers beside the amounts; amounts in such tables carry decimals. */
    private static void dropRowNumbers(Segment seg) {
        for (int k = seg.values.size() - 1; k >= 0; k--) {
            String v = seg.values.get(k);
            if (Amounts.isInteger(v) && Integer.parseInt(v) <= 200 && v.length() <= 3) {
                seg.values.remove(k);
                seg.cells.remove(k);
            }
        }
    }

    private static boolean isColumnNumbering(String t) {
        if (t.isEmpty() || t.charAt(0) != '1') {
            return false;
        }
        String[] parts = WHITESPACE.split(t.trim());
        if (parts.length < 3) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].equals(Integer.toString(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** A segment with the lines it came from, before column placement. */
    record RawRow(Segment segment, int side, int line, int endLine) {
    }

    /** Capped problem collection shared by the parser. */
    static final class ProblemLog {
        static final int CAP = 100;
        final List<ParseProblem> list = new ArrayList<>();
        int dropped;

        void add(int line, String code, String message) {
            if (list.size() < CAP) {
                list.add(new ParseProblem(line, code, message));
            } else {
                dropped++;
            }
        }
    }
}
