package io.github.disclosureauditor.parse;

import java.util.regex.Pattern;

/** Number tokens as printed: value plus the count of decimals, which sets rounding tolerance. */
public final class Amounts {
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    private Amounts() {
    }

    /** "-?digits(.digits)?" without a regex: this runs for every token of every table line. */
    public static boolean isNumber(String token) {
        int n = token.length();
        int i = n > 0 && token.charAt(0) == '-' ? 1 : 0;
        int start = i;
        while (i < n && Character.isDigit(token.charAt(i)) && token.charAt(i) < 128) {
            i++;
        }
        if (i == start) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (token.charAt(i) != '.' || i + 1 == n) {
            return false;
        }
        for (int k = i + 1; k < n; k++) {
            if (token.charAt(k) < '0' || token.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    public static boolean isInteger(String token) {
        return INTEGER.matcher(token).matches();
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
