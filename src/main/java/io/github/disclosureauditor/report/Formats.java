package io.github.disclosureauditor.report;

/**
 * Escaping and the evidence line shared by the reports people read: the batch report
 * (summary.csv, report.html) and a reviewed audit's export (CSV, printable HTML).
 */
public final class Formats {
    private Formats() {
    }

    /** A CSV field: quoted when it holds a quote, a comma or a line break (anywhere, over any number of lines). */
    public static String csv(String s) {
        return s.matches("(?s).*[\",\\r\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Text for HTML element content or an attribute value. */
    public static String html(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * "第 3 页 第 120-121 行：text": where one piece of evidence is, with its text cut to
     * {@code maxText} characters (page only for paged formats, text only when there is any).
     */
    public static String where(int page, int line, int endLine, String text, int maxText) {
        StringBuilder sb = new StringBuilder();
        sb.append(page > 0 ? "第 " + page + " 页 " : "").append("第 ").append(line)
                .append(endLine > line ? "-" + endLine : "").append(" 行");
        if (text != null && !text.isBlank()) {
            String t = text.strip();
            sb.append("：").append(t.length() > maxText ? t.substring(0, maxText) + "…" : t);
        }
        return sb.toString();
    }
}
