package io.github.disclosureauditor.vocabulary;

/**
 * The name a unit is known by across its documents. Documents print it with spaces, full- or
 * half-width brackets, a 中共 prefix or a 本级 suffix; those differences do not make another unit.
 */
public final class UnitNames {
    private UnitNames() {
    }

    public static String normalize(String unit) {
        if (unit == null) {
            return "";
        }
        String s = unit.replaceAll("[\\s\u3000·•\"“”'‘’]", "")
                .replace('（', '(').replace('）', ')')
                .replaceAll("\\((本级|机关本级|部门|单位)\\)$", "")
                .replaceAll("(本级|机关本级)$", "");
        return s.startsWith("中共") ? s.substring(2) : s;
    }
}
