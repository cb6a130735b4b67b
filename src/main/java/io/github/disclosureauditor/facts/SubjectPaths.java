package io.github.disclosureauditor.facts;

import io.github.disclosureauditor.vocabulary.Enumerators;
import io.github.disclosureauditor.model.CodeKind;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a narrative subject written as "X（类）Y（款）Z（项）" to the function code the tables
 * print for it. The names must match the rows' names level by level (a trailing 支出 or 事务
 * aside); a 项 named alone may carry its 款 name in front ("人大事务行政运行（项）"). A path
 * that matches no row is unresolved: it is reported, never compared with a broader figure.
 */
final class SubjectPaths {
    /** Name of each function code printed in the document's tables. */
    private final Map<String, String> names = new LinkedHashMap<>();

    SubjectPaths(List<Table> tables) {
        for (Table t : tables) {
            for (Row r : t.rows()) {
                if (r.codeKind() == CodeKind.FUNCTION && !r.label().isEmpty()) {
                    names.putIfAbsent(r.code(), norm(r.label()));
                }
            }
        }
    }

    boolean hasCodes() {
        return !names.isEmpty();
    }

    /** Whether the tables print any row of this 类 name. */
    boolean knowsClass(List<String> path) {
        String cls = nameAt(path, "类");
        if (cls == null) {
            return !names.isEmpty();
        }
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (e.getKey().length() == 3 && e.getValue().equals(cls)) {
                return true;
            }
        }
        return false;
    }

    /** The FUNC:code a path names, or null. */
    String resolve(List<String> path) {
        String cls = nameAt(path, "类");
        String kuan = nameAt(path, "款");
        String xiang = nameAt(path, "项");
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String code = e.getKey();
            String name = e.getValue();
            int len = xiang != null ? 7 : kuan != null ? 5 : 3;
            if (code.length() != len) {
                continue;
            }
            String own = xiang != null ? xiang : kuan != null ? kuan : cls;
            String parentName = code.length() == 7 ? names.get(code.substring(0, 5)) : null;
            boolean ownMatch = name.equals(own)
                    || xiang != null && kuan == null && parentName != null && own.equals(parentName + name);
            if (!ownMatch) {
                continue;
            }
            if (kuan != null && len == 7 && !kuan.equals(names.get(code.substring(0, 5)))) {
                continue;
            }
            if (cls != null && len > 3 && !cls.equals(names.get(code.substring(0, 3)))) {
                continue;
            }
            found.add(code);
        }
        return found.isEmpty() ? null : "FUNC:" + found.get(0);
    }

    private static String nameAt(List<String> path, String level) {
        for (String p : path) {
            if (p.startsWith(level + "=")) {
                return norm(p.substring(level.length() + 1));
            }
        }
        return null;
    }

    private static final String DROPPED = " \t\n\u000B\f\r“”\"'()（）";
    private static final java.util.regex.Pattern ENUMERATOR = java.util.regex.Pattern.compile("^[一二三四五六七八九十\\d]+[、.]");

    /** Names compare without spaces, quotes, enumerators and a trailing 支出. */
    static String norm(String s) {
        // Runs on every function row of every table: characters dropped by hand, not by regex.
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (DROPPED.indexOf(c) < 0) {
                b.append(c);
            }
        }
        String n = b.toString();
        if (Enumerators.mayStart(n)) {
            n = ENUMERATOR.matcher(n).replaceFirst("");
        }
        return n.endsWith("支出") && n.length() > 3 ? n.substring(0, n.length() - 2) : n;
    }
}
