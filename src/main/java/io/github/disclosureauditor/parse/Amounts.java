package io.github.disclosureauditor.parse;

import java.util.regex.Pattern;

/** Number tokens as printed: value plus the count of decimals, which sets rounding tolerance. */
public final class Amounts {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Amounts() {
    }

    public static boolean isNumber(String token) {
        return NUMBER.matcher(token).matches();
    }

    public static boolean isInteger(String token) {
        return token.matches("-?\\d+");
    }

    public static double value(String token) {
        return Double.parseDouble(token);
    }

    public static int decimals(String token) {
        int dot = token.indexOf('.');
        return dot < 0 ? 0 : token.length() - dot - 1;
    }

    /** Half a unit of the last printed digit. */
    public static double halfUnit(int decimals) {
        return 0.5 * Math.pow(10, -decimals);
    }

    public static double unit(int decimals) {
        return Math.pow(10, -decimals);
    }

    /** Formats a 万元 amount for messages with the given decimals. */
    public static String format(double v, int decimals) {
        return String.format(java.util.Locale.ROOT, "%." + Math.max(0, Math.min(decimals, 6)) + "f", v);
    }
}
