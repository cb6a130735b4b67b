package io.github.disclosureauditor.ingest;

/**
 * Character-level normalisation that keeps line structure: full-width ASCII forms become ASCII,
 * the ideographic space becomes a space, zero-width and bidi control marks are dropped and
 * thousands separators inside numbers are removed. The parser reads only normalised text, so
 * its patterns can be written with ASCII digits and punctuation.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String line) {
        if (plain(line)) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                sb.append(' ');
            } else if (isInvisible(c)) {
                continue;
            } else if (c == '\u2014' || c == '\u2013' || c == '\u2212') {
                sb.append(c == '\u2212' ? '-' : c);
            } else {
                sb.append(c);
            }
        }
        return stripThousands(sb.toString());
    }

    /** Most lines need no change; checking is cheaper than copying. */
    private static boolean plain(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000' || c == '\u00A0' || isInvisible(c) || c == ','
                    || c == '\u2014' || c == '\u2013' || c == '\u2212') {
                return false;
            }
        }
        return true;
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD';
    }

    /** "1,220.24" becomes "1220.24"; a comma between words is left alone. */
    static String stripThousands(String s) {
        if (s.indexOf(',') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' && i > 0 && Character.isDigit(s.charAt(i - 1)) && isThreeDigitGroup(s, i + 1)) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isThreeDigitGroup(String s, int from) {
        if (from + 3 > s.length()) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return from + 3 == s.length() || !Character.isDigit(s.charAt(from + 3));
    }
}
