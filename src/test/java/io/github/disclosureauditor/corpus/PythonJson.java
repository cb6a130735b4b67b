package io.github.disclosureauditor.corpus;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Map;

/**
 * The bits of CPython that score.py's figures depend on, so the Java scorer sees the same text:
 * {@code json.dumps(value, ensure_ascii=False)}, the {@code norm} of score.py, truthiness and
 * the {@code :.0%} format.
 */
final class PythonJson {
    private PythonJson() {
    }

    /** {@code json.dumps(node, ensure_ascii=False)}: ", " and ": " separators, keys in document order. */
    static String dumps(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /** score.py's {@code norm}: {@code re.sub(r"[,，\s]", "", s)}, with {@code \s} as Python's str.isspace(). */
    static String norm(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> c != ',' && c != '，' && !isSpace(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Python's str.isspace(), which is also what {@code \s} matches in a str pattern (wider than Java's). */
    static boolean isSpace(int c) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }

    /**
     * Characters that str.splitlines() cuts a line at but Jackson leaves unescaped inside a JSON
     * string; score.py reads the CLI's output with splitlines(), so a report holding one is lost.
     */
    static boolean hasPythonLineBreak(String s) {
        return s.indexOf('\u0085') >= 0 || s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0;
    }

    /** Python truthiness of a JSON value as json.loads returns it (missing counts as None). */
    static boolean truthy(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            return n.isIntegralNumber() ? n.bigIntegerValue().signum() != 0 : n.doubleValue() != 0;
        }
        if (n.isTextual()) {
            return !n.textValue().isEmpty();
        }
        return n.size() > 0;
    }

    /** Python's {@code f"{x:.0%}"}: x * 100 in double arithmetic, rounded half-even on the exact binary value. */
    static String percent(double x) {
        return new BigDecimal(x * 100).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static void write(JsonNode n, StringBuilder out) {
        switch (n.getNodeType()) {
            case OBJECT -> {
                out.append('{');
                Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    string(e.getKey(), out);
                    out.append(": ");
                    write(e.getValue(), out);
                    out.append(it.hasNext() ? ", " : "");
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < n.size(); i++) {
                    out.append(i > 0 ? ", " : "");
                    write(n.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(n.textValue(), out);
            case NUMBER -> out.append(n.isIntegralNumber() ? n.bigIntegerValue().toString() : floatRepr(n.doubleValue()));
            case BOOLEAN -> out.append(n.booleanValue() ? "true" : "false");
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not a JSON value: " + n.getNodeType());
        }
    }

    /** ensure_ascii=False: only the quote, the backslash and C0 controls are escaped (u00XX with lower-case hex). */
    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * repr(float): the shortest digits that read back as the same double, positional for decimal
     * exponents -5 < e < 16, else d.ddde±XX. (Findings carry no floats today; this keeps a future
     * one from silently differing.)
     */
    /**
     * The fewest significant digits that read back as d, and of those the value nearest d. The
     * correctly rounded p-digit value is not always it: at a power of two the interval that reads
     * back as d is narrower below than above, so its neighbour one unit up may fit when it does not.
     */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal rounded = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            BigDecimal best = null;
            for (BigDecimal c : new BigDecimal[]{rounded, rounded.subtract(rounded.ulp()), rounded.add(rounded.ulp())}) {
                if (c.doubleValue() == d && (best == null
                        || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = c;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return exact;
    }

    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(d).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        String sign = d < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String digits = shortest.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = shortest.abs().toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }
}
