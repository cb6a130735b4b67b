package io.github.disclosureauditor.parse.table;

/**
 * One run of a table line, classified. {@code text} is normalised (ASCII digits, no thousands
 * separators); numbers carry their value and printed decimals. Dashes printed in a value cell
 * mean zero. Coordinates are those of the line's layout unit.
 */
record Tok(String raw, String text, Kind kind, double value, int decimals, double x0, double x1) {
    enum Kind { NUMBER, PERCENT, DASH, TEXT }

    boolean isValue() {
        return kind != Kind.TEXT;
    }

    boolean isText() {
        return kind == Kind.TEXT;
    }

    /** An integer printed without separators or decimals: could be a classification code. */
    boolean codeLike() {
        if (kind != Kind.NUMBER || decimals != 0 || raw.indexOf(',') >= 0 || value < 0) {
            return false;
        }
        int n = text.length();
        return n >= 2 && n <= 7;
    }

    double center() {
        return (x0 + x1) / 2;
    }

    double width() {
        return x1 - x0;
    }

    static Tok of(String raw, String normalized, double x0, double x1) {
        String t = normalized.strip();
        if (isDash(t)) {
            return new Tok(raw, t, Kind.DASH, 0, 0, x0, x1);
        }
        boolean pct = t.endsWith("%");
        String num = pct ? t.substring(0, t.length() - 1).strip() : t;
        if (isNumber(num)) {
            int dot = num.indexOf('.');
            int dec = dot < 0 ? 0 : num.length() - dot - 1;
            double v;
            try {
                v = Double.parseDouble(num);
            } catch (NumberFormatException e) {
                return new Tok(raw, t, Kind.TEXT, 0, 0, x0, x1);
            }
            return new Tok(raw, num, pct ? Kind.PERCENT : Kind.NUMBER, v, dec, x0, x1);
        }
        return new Tok(raw, t, Kind.TEXT, 0, 0, x0, x1);
    }

    static boolean isDash(String t) {
        if (t.isEmpty() || t.length() > 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '-' && c != '—' && c != '–' && c != '－' && c != '―' && c != '─') {
                return false;
            }
        }
        return true;
    }

    /** "-?digits(.digits)?", at most 15 digits before the point (larger is not an amount). */
    static boolean isNumber(String s) {
        int n = s.length();
        int i = n > 0 && (s.charAt(0) == '-') ? 1 : 0;
        int start = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == start || i - start > 15) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.' || i + 1 == n) {
            return false;
        }
        for (int k = i + 1; k < n; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return n - i - 1 <= 8;
    }
}
