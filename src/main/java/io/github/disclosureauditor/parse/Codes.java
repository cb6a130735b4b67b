package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.model.Row;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Classification codes printed at the start of a table row: function classes (类 3 digits, 款 5,
 * 项 7, often spaced "208 05 05"), economic classes (301, 30217; government economic 505 02),
 * unit codes (6 digits or a leading zero) and long project codes.
 */
final class Codes {
    private static final Pattern ORG = Pattern.compile("(局|中心|院|所|站|办|委|会|队|校|馆|处|部|室|司|厅|署|社|团)(本级|机关)?$");

    private Codes() {
    }

    /** Tokens consumed by a code starting at {@code i}, or 0 when no code starts there. */
    static int codeLength(List<String> tokens, int i) {
        String t = tokens.get(i);
        if (t.length() < 2 || !digits(t)) {
            return 0;
        }
        String next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        String next2 = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
        if (t.length() == 3 && t.charAt(0) != '0' && twoDigits(next)) {
            boolean three = twoDigits(next2) && t.charAt(0) == '2';
            int len = three ? 3 : 2;
            String after = i + len < tokens.size() ? tokens.get(i + len) : null;
            if (after == null || !Amounts.isNumber(after) || three) {
                return len;
            }
            return 0;
        }
        Row.CodeKind kind = kindOf(t);
        if (kind == Row.CodeKind.NONE) {
            return 0;
        }
        if (next == null) {
            return kind == Row.CodeKind.UNIT && t.length() < 6 ? 0 : 1;
        }
        if (Amounts.isNumber(next)) {
            return next.length() >= 2 && digits(next) && kindOf(next) != Row.CodeKind.NONE ? 1 : 0;
        }
        if (kind == Row.CodeKind.UNIT && !t.startsWith("0") && !ORG.matcher(next).find()) {
            return 0;
        }
        return 1;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean twoDigits(String s) {
        return s != null && s.length() == 2 && digits(s);
    }

    static Row.CodeKind kindOf(String code) {
        int n = code.length();
        if (n >= 12) {
            return Row.CodeKind.PROJECT;
        }
        if (code.startsWith("0") || n == 6) {
            return Row.CodeKind.UNIT;
        }
        char c = code.charAt(0);
        if ((n == 3 || n == 5 || n == 7) && c == '2') {
            return Row.CodeKind.FUNCTION;
        }
        if ((n == 3 || n == 5) && (c == '3' || c == '1' && n == 5)) {
            return Row.CodeKind.ECONOMIC;
        }
        if ((n == 3 || n == 5) && c == '5') {
            return Row.CodeKind.GOV_ECONOMIC;
        }
        return Row.CodeKind.NONE;
    }

    /** Hierarchy level of a code: 类 1, 款 2, 项 3 (economic: 类 1, 款 2). */
    static int level(String code, Row.CodeKind kind) {
        if (kind == Row.CodeKind.FUNCTION) {
            return code.length() == 3 ? 1 : code.length() == 5 ? 2 : 3;
        }
        if (kind == Row.CodeKind.ECONOMIC || kind == Row.CodeKind.GOV_ECONOMIC) {
            return code.length() == 3 ? 1 : 2;
        }
        return 0;
    }
}
